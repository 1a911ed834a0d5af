import { PictureOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, type ReactNode } from 'react';
import { PHOTO_FILE_ACCEPT } from '../../../../core/photos/photoFormat.ts';

/** A button that opens the file dialog for photos: JPEG, PNG and the phone formats converted on import (several at once). */
export function AddPhotosButton({ onFiles, children, testId }: { onFiles(files: File[]): void; children: ReactNode; testId: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={PHOTO_FILE_ACCEPT}
        multiple
        hidden
        // Inline as well: Ant Design's form CSS gives file inputs display:block, which beats the hidden attribute.
        style={{ display: 'none' }}
        aria-label={typeof children === 'string' ? children : undefined}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
