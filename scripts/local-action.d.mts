export declare function plan(
  args: string[],
  root?: string,
  cwd?: string
):
  | { error: string }
  | { error?: undefined; name: string; actionDir: string; entry: string; dotenv: string }
