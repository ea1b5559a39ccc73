const pins = new Map<string, string>();
export async function checkPin(clinicId: string, pin: string): Promise<boolean> {
  return pins.get(clinicId) === pin;
}
export async function savePin(clinicId: string, pin: string): Promise<void> {
  pins.set(clinicId, pin);
}
