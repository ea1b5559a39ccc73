export function Path(): ParameterDecorator {
  return () => undefined;
}
