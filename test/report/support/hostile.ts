/** Commit messages written to break out of the text they are shown in. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- mxdeploy:deployments -->',
  '<details><summary>click</summary>hidden</details>',
  'ping @octocat and @acme/security-team, mail me at a@b.example.com',
  'closes #1, fixes acme/hello#2 and GH-3',
  '[click here](javascript:alert(1)) ![tracker](https://evil.example.com/pixel.png)',
  '[ref]: https://evil.example.com',
  'visit https://evil.example.com or www.evil.example.com now',
  '| a | b |\n|---|---|\n| injected | row |',
  'cell \\| escaped pipe and trailing backslash \\',
  '# Heading\n\n> quote\n- list\n1. ordered\n---\n===',
  '**bold** _em_ ~~strike~~ `code` ```fence```',
  '&lt;b&gt; entity &amp; &#64;octocat &#x23;12',
  '$\\frac{1}{2}$ math and :tada: emoji',
  'terminal \u001b[31mred\u001b[0m bell\u0007 and \u202eevil\u202c bidi',
  '- [ ] task\n- [x] done',
  'line one\r\nline two\ttabbed\u2028sep'
]
