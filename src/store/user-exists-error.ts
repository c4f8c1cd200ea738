// createUser with an e-mail address that is already taken (in any letter case).
export class UserExistsError extends Error {
  constructor(readonly email: string) {
    super(`A user with e-mail address ${email} already exists`);
    this.name = 'UserExistsError';
  }
}
