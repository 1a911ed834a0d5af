import { createContext, useContext, useState } from 'react';

/** Whether required blanks are pointed out everywhere: once an export was refused for them. */
export const RequiredHintsContext = createContext(false);

/**
 * When a required field says 必填: once the user has been in it and left it blank, or once an export asked for it,
 * not before. A new site card or a new briefing is all blanks, and flagging them all in red before anything was
 * typed tells the user they did something wrong when they have not started.
 */
export function useRequiredHint(blank: boolean): { show: boolean; onBlur(): void } {
  const everywhere = useContext(RequiredHintsContext);
  const [left, setLeft] = useState(false);
  return { show: blank && (left || everywhere), onBlur: () => setLeft(true) };
}
