/**
 * Parsers for option values, so that a command receives typed values and a bad one stops the run before
 * any work. They throw CliError (exit code 2) with the message people saw before commander parsed options.
 */
import { CliError, ExitCode } from './exit-codes';

export function wholeNumber(flag: string, min?: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number) || (min !== undefined && number < min)) {
      throw new CliError(
        `${flag} must be a whole number${min === undefined ? '' : ` of at least ${min}`}, got '${value}'`,
        ExitCode.USAGE,
      );
    }
    return number;
  };
}

export function oneOf<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value)) {
      const list = `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
      throw new CliError(`${flag} must be ${list}, got '${value}'`, ExitCode.USAGE);
    }
    return value as T;
  };
}
