// Who does something in beheer: the signed-in user's e-mail address, as the
// audit log and the history record it.
export interface Actor {
  email: string;
}
