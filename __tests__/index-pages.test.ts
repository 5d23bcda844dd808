import fc from 'fast-check';
import { IndexError } from '../src/index/errors.js';
import { decodeEntities, startTags } from '../src/index/html.js';
import { pageFormat, parseHtmlPage, parseJsonPage } from '../src/index/pages.js';

const PAGE = 'https://pkgs.example.com/simple/demo/';
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);

function malformedMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IndexError);
    expect((err as IndexError).kind).toBe('malformed');
    return (err as IndexError).message;
  }
  throw new Error('expected a malformed-page error');
}

describe('parseJsonPage (PEP 691)', () => {
  it('reads every field and resolves relative URLs against the page', () => {
    const body = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'demo',
      files: [
        {
          filename: 'demo-1.0.tar.gz',
          url: '../../files/demo-1.0.tar.gz',
          hashes: { SHA256: H1.toUpperCase() },
          'requires-python': '>=3.8',
          yanked: 'broken build',
          'core-metadata': { sha256: H2 },
          size: 1234,
        },
        {
          filename: 'demo-1.0-py3-none-any.whl',
          url: 'https://files.example.org/demo-1.0-py3-none-any.whl',
          hashes: {},
          yanked: false,
          'dist-info-metadata': true,
        },
        { filename: 'demo-0.9.zip', url: '/abs/demo-0.9.zip', hashes: { md5: 'ABCDEF' }, yanked: true, 'requires-python': null },
      ],
    });
    expect(parseJsonPage(body, PAGE)).toEqual([
      {
        filename: 'demo-1.0.tar.gz',
        url: 'https://pkgs.example.com/files/demo-1.0.tar.gz',
        hashes: { sha256: H1 },
        requiresPython: '>=3.8',
        yanked: 'broken build',
        coreMetadata: { sha256: H2 },
        size: 1234,
      },
      {
        filename: 'demo-1.0-py3-none-any.whl',
        url: 'https://files.example.org/demo-1.0-py3-none-any.whl',
        hashes: {},
        yanked: false,
        coreMetadata: true,
      },
      {
        filename: 'demo-0.9.zip',
        url: 'https://pkgs.example.com/abs/demo-0.9.zip',
        hashes: { md5: 'abcdef' },
        yanked: true,
        coreMetadata: false,
      },
    ]);
  });

  it('prefers core-metadata over the older dist-info-metadata key, and an empty string yanks without a reason', () => {
    const body = JSON.stringify({
      meta: { 'api-version': '1.0' },
      files: [{ filename: 'x-1.tar.gz', url: 'x-1.tar.gz', hashes: {}, 'core-metadata': false, 'dist-info-metadata': { sha256: H1 }, yanked: '' }],
    });
    const [file] = parseJsonPage(body, PAGE);
    expect(file!.coreMetadata).toBe(false);
    expect(file!.yanked).toBe(true);
    expect(file!.url).toBe('https://pkgs.example.com/simple/demo/x-1.tar.gz');
  });

  it('accepts a page with no meta and no files listed', () => {
    expect(parseJsonPage('{"files": []}', PAGE)).toEqual([]);
  });

  it.each([
    ['not JSON', '<html></html>', /not valid JSON/],
    ['truncated JSON', '{"files": [{"filename": "a', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['no files', '{"meta": {"api-version": "1.0"}}', /"files" must be an array/],
    ['major version 2', '{"meta": {"api-version": "2.0"}, "files": []}', /unsupported api-version 2\.0/],
    ['a bad version', '{"meta": {"api-version": 1}, "files": []}', /api-version must be a version string/],
    ['a file without url', '{"files": [{"filename": "a.tar.gz", "hashes": {}}]}', /files\[0\]\.url must be a string/],
    ['a non-hex hash', '{"files": [{"filename": "a.tar.gz", "url": "a", "hashes": {"sha256": "zz"}}]}', /files\[0\]\.hashes\.sha256/],
    ['hashes as a list', '{"files": [{"filename": "a.tar.gz", "url": "a", "hashes": ["x"]}]}', /files\[0\]\.hashes must be an object/],
    ['a numeric yanked', '{"files": [{"filename": "a.tar.gz", "url": "a", "hashes": {}, "yanked": 1}]}', /yanked must be a boolean/],
    ['a negative size', '{"files": [{"filename": "a.tar.gz", "url": "a", "hashes": {}, "size": -1}]}', /size must be a non-negative integer/],
    ['a javascript: url', '{"files": [{"filename": "a.tar.gz", "url": "javascript:alert(1)", "hashes": {}}]}', /unsupported scheme/],
  ])('rejects %s, naming the page URL', (_label, body, pattern) => {
    const message = malformedMessage(() => parseJsonPage(body, PAGE));
    expect(message).toMatch(pattern);
    expect(message).toContain(PAGE);
  });

  it('keeps credentials of the page URL out of its errors', () => {
    const message = malformedMessage(() => parseJsonPage('nope', 'https://alice:s3cret@pkgs.example.com/simple/demo/'));
    expect(message).not.toContain('s3cret');
    expect(message).toContain('https://***@pkgs.example.com/simple/demo/');
  });
});

describe('parseHtmlPage (PEP 503)', () => {
  it('reads a static-index page: relative links, fragments, entities, yanked and metadata attributes', () => {
    const body = `<!DOCTYPE html>
<html><head><title>Links for demo &amp; co <a href="not-a-link.tar.gz"></title>
<!-- <a href="commented-1.0.tar.gz">commented</a> -->
<script>document.write('<a href="scripted-1.0.tar.gz">')</script>
</head><body>
<A HREF="../../packages/demo-1.0.tar.gz#sha256=${H1}" DATA-REQUIRES-PYTHON="&gt;=3.8,&lt;4">demo-1.0.tar.gz</A><br/>
<a href='demo-1.1.tar.gz#sha256=${H2}' data-requires-python='&gt;=3.9' data-yanked>demo-1.1.tar.gz</a>
<a href=demo-1.2-py3-none-any.whl data-yanked="bad &quot;wheel&quot;" data-dist-info-metadata=true>w</a>
<a data-core-metadata="sha256=${H1}" href="https://cdn.example.org/x/demo%2B1-2.0.zip?a=1&amp;b=2#md5=0123abcd">zip</a>
<a href="../">../</a>
<a>no href</a>
<a href="mailto:someone@example.com">mail</a>
</body></html>`;
    expect(parseHtmlPage(body, PAGE)).toEqual([
      {
        filename: 'demo-1.0.tar.gz',
        url: 'https://pkgs.example.com/packages/demo-1.0.tar.gz',
        hashes: { sha256: H1 },
        requiresPython: '>=3.8,<4',
        yanked: false,
        coreMetadata: false,
      },
      {
        filename: 'demo-1.1.tar.gz',
        url: 'https://pkgs.example.com/simple/demo/demo-1.1.tar.gz',
        hashes: { sha256: H2 },
        requiresPython: '>=3.9',
        yanked: true,
        coreMetadata: false,
      },
      {
        filename: 'demo-1.2-py3-none-any.whl',
        url: 'https://pkgs.example.com/simple/demo/demo-1.2-py3-none-any.whl',
        hashes: {},
        yanked: 'bad "wheel"',
        coreMetadata: true,
      },
      {
        filename: 'demo+1-2.0.zip',
        url: 'https://cdn.example.org/x/demo%2B1-2.0.zip?a=1&b=2',
        hashes: { md5: '0123abcd' },
        yanked: false,
        coreMetadata: { sha256: H1 },
      },
    ]);
  });

  it('resolves links against the first <base href>, wherever it appears', () => {
    const body = `<a href="demo-1.0.tar.gz">x</a>
<base href="https://mirror.example.net/pool/">
<base href="https://ignored.example.net/">`;
    const [file] = parseHtmlPage(body, PAGE);
    expect(file!.url).toBe('https://mirror.example.net/pool/demo-1.0.tar.gz');
  });

  it('accepts an empty project page', () => {
    expect(parseHtmlPage('<!DOCTYPE html><html><body></body></html>', PAGE)).toEqual([]);
  });

  it.each([
    ['a JSON body', '{"files": []}', /contains no markup/],
    ['an empty body', '', /contains no markup/],
    ['a page cut off inside a tag', '<html><body><a href="demo-1.0.tar.gz#sha', /ends inside a quoted attribute value that starts on line 1/],
    ['a page cut off inside an unquoted tag', '<html>\n<body>\n<a href=demo-1.0.tar.gz', /ends inside the <a> tag that starts on line 3/],
    ['an unterminated comment', '<html><!-- <a href="x.tar.gz">', /ends inside a comment/],
    ['an invalid link', '<a href="http://[::1">x</a>', /the link on line 1 has an invalid URL/],
    ['an invalid base', '<base href="http://exa mple.com/"><a href="x.tar.gz">x</a>', /<base> on line 1 has an invalid URL/],
  ])('rejects %s, naming the page URL', (_label, body, pattern) => {
    const message = malformedMessage(() => parseHtmlPage(body, PAGE));
    expect(message).toMatch(pattern);
    expect(message).toContain(PAGE);
  });

  it('reads the same link whatever the quoting and letter case', () => {
    const quote = fc.constantFrom<'"' | "'" | ''>('"', "'", '');
    const casing = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.replace(/^./, (c) => c.toUpperCase()),
    );
    fc.assert(
      fc.property(quote, quote, casing, casing, fc.constantFrom(' ', '\n', '\t', '  '), (q1, q2, tagCase, attrCase, space) => {
        const rp = q2 === '' ? '&gt;=3.8' : '&gt;=3.8, &lt;4';
        const html = `<${tagCase('a')}${space}${attrCase('href')}=${q1}demo-1.0.tar.gz#sha256=${H1}${q1}${space}${attrCase(
          'data-requires-python',
        )}=${q2}${rp}${q2}>demo</${tagCase('a')}>`;
        const [file] = parseHtmlPage(html, PAGE);
        expect(file).toEqual({
          filename: 'demo-1.0.tar.gz',
          url: `${PAGE}demo-1.0.tar.gz`,
          hashes: { sha256: H1 },
          requiresPython: q2 === '' ? '>=3.8' : '>=3.8, <4',
          yanked: false,
          coreMetadata: false,
        });
      }),
    );
  });
});

describe('the HTML tokenizer', () => {
  it('decodes named and numeric references, leaving unknown ones as written', () => {
    expect(decodeEntities('&gt;=3.8&#44;&#x3C;4 &AMP; &unknown; &copy=1 &#0;')).toBe('>=3.8,<4 & &unknown; &copy=1 \ufffd');
  });

  it('keeps the first of a repeated attribute and treats a `<` in text as text', () => {
    const tags = [...startTags('1 < 2 <a href="first" HREF="second">')];
    expect(tags).toHaveLength(1);
    expect(tags[0]!.attrs.get('href')).toBe('first');
  });

  it('skips raw-text elements up to their own end tag only', () => {
    const tags = [...startTags('<style>a</styles><a href="no"></style><a href="yes">')].map((t) => t.attrs.get('href') ?? t.name);
    expect(tags).toEqual(['style', 'yes']);
  });
});

describe('pageFormat', () => {
  it.each([
    ['application/vnd.pypi.simple.v1+json', 'json'],
    ['Application/Vnd.Pypi.Simple.V1+JSON; charset=utf-8', 'json'],
    ['application/vnd.pypi.simple.latest+json', 'json'],
    ['application/vnd.pypi.simple.v1+html', 'html'],
    ['text/html; charset=ISO-8859-1', 'html'],
  ])('%s -> %s', (type, format) => {
    expect(pageFormat(type)).toBe(format);
  });

  it.each([['application/json'], ['text/plain'], ['application/vnd.pypi.simple.v2+json'], [undefined]])('rejects %s', (type) => {
    expect(pageFormat(type)).toBeUndefined();
  });
});
