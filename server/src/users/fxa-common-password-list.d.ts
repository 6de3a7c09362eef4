declare module 'fxa-common-password-list' {
  /** Whether the password is on the list (exact match). */
  export function test(password: string): boolean;
  const list: { test(password: string): boolean };
  export default list;
}
