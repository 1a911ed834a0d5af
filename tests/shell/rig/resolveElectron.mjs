// Node module hook (module.register) of the shell rig: the bare specifier "electron" names the fake.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./fakeElectron.ts', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
