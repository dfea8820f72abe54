/**
 * Turns `file:line` mentions in Markdown into links, for the locations a host can open. Only what
 * `hrefFor` answers for becomes a link (a verified workspace location); everything else stays text.
 * Fenced code, existing links and inline code other than a bare location are left as they are.
 */

/**
 * "backend/src/cart.js:26", "db/migrations/002_create_carts.sql:11-14", "Dockerfile:1": a relative path with an extension, or one
 * of the files named without one (a Dockerfile, a Makefile…), and a line.
 */
const EXTENSIONLESS = String.raw`(?:[\w.-]*Dockerfile[\w.-]*|Containerfile|Makefile|GNUmakefile|Procfile|Gemfile|Rakefile|Jenkinsfile|Vagrantfile|Brewfile|Justfile)`;
const LOCATION = String.raw`(?:[\w.-]+/)*(?:[\w.-]+\.[A-Za-z0-9]+|${EXTENSIONLESS}):\d+(?:-\d+)?`;
const PIECES = new RegExp(String.raw`(\[[^\]\n]*\]\([^)\n]*\))|(\x60[^\x60\n]+\x60)|(?<![\w./-])(${LOCATION})(?![\w/-])`, 'g');
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export type HrefFor = (file: string, line: number) => string | undefined;

export function linkLocations(markdown: string, hrefFor: HrefFor): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(line);
    } else if (marker) {
      fence = marker;
      out.push(line);
    } else {
      out.push(line.replace(PIECES, (whole: string, link?: string, code?: string, bare?: string) => {
        if (link) return whole;
        const location = code ? code.slice(1, -1).trim() : bare;
        const href = location && new RegExp(`^${LOCATION}$`).test(location) ? hrefOf(location, hrefFor) : undefined;
        return href ? `[\`${location}\`](${href})` : whole;
      }));
    }
  }
  return out.join('\n');
}

function hrefOf(location: string, hrefFor: HrefFor): string | undefined {
  const match = /^(.*):(\d+)(?:-\d+)?$/.exec(location);
  return match ? hrefFor(match[1], Number(match[2])) : undefined;
}
