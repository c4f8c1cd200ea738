// The accounts service's problems beside the beheer form fields they belong to.
import type { NewUserProblem, OwnPasswordProblem } from '../../../services/accounts/accounts.ts';
import type { FormProblems } from '../ui/form-field.ts';

type AccountFieldProblem = NewUserProblem | OwnPasswordProblem;

/** The form field each of the service's fields is typed in. */
const formFieldOf: Record<AccountFieldProblem['path'], string> = {
  email: 'email',
  role: 'rol',
  password: 'wachtwoord',
  current: 'huidig',
};

/** The problems by form field, in the order given (the order of the form). */
export function formProblemsOf(problems: readonly AccountFieldProblem[]): FormProblems {
  return Object.fromEntries(
    problems.map((problem) => [formFieldOf[problem.path], problem.message]),
  );
}
