// The organization commands' part of `--help`, apart from their code so that help loads nothing else.

export const ORG_HELP = `Organization audit (see the README's "Audit a whole organization"):
  sdist-guard org-plan --org ORG [--topic T] [--repo GLOB] [--exclude-repo GLOB]
                       [--include-archived] [--include-forks] [--include-non-python]
                       [--chunks N] [--output plan.json] [--matrix-output matrix.json]
  sdist-guard org-scan --plan plan.json --chunk N [--out DIR] [--sarif] [scan options]
  sdist-guard org-report [REPORT.json | DIR]... [--plan plan.json] [--markdown FILE]
                       [--json FILE] [--fail-on LIST] [--issue OWNER/REPO]
                       [--cache-dir DIR] [--upload-sarif]
  The token comes from $GITHUB_TOKEN (or $GH_TOKEN); the API from $GITHUB_API_URL or --api-url,
  the clones from $GITHUB_SERVER_URL or --git-url. --upload-sarif uploads with $SDIST_GUARD_ORG_TOKEN
  when it is set (the token that reaches every repository), else with $GITHUB_TOKEN.`;
