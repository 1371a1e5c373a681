// Every threshold, list and address range the ingest stage decides by, in one place. Grouped by
// purpose; each rule gives its reason. Code elsewhere in src/ingest/ names these, never literals.

// --- Sizes -------------------------------------------------------------------------------------

/** Default cap on one input (file, response, decompressed gzip): the largest benchmark page is under 2 MiB; 20 MiB leaves room for big JSONL dumps without letting a runaway download fill memory. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

// --- Binary detection --------------------------------------------------------------------------

/** How much of the start of an input the binary check looks at: enough to see past a header, cheap on a 20 MiB file. */
export const BINARY_SNIFF_WINDOW_BYTES = 8192;

/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which the input is binary: text and HTML have almost none; compressed or media data has about 1 in 10. */
export const MAX_CONTROL_BYTE_SHARE = 0.05;

/** File signatures of formats Crosscheck does not read; checked before decoding so a PDF is not "decoded" as Windows-1252. */
export const BINARY_SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP (also DOCX, EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] }, // a second layer of gzip inside a decompressed file
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'OLE (old Office documents)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** gzip's magic number: the benchmark stores pages as .html.gz, so gzip is decompressed like an HTTP Content-Encoding. */
export const GZIP_MAGIC = [0x1f, 0x8b] as const;

// --- Declared charsets -------------------------------------------------------------------------

/** The HTML spec's prescan reads only the first 1024 bytes for `<meta charset>`; the XML declaration must be at the very start. */
export const CHARSET_PRESCAN_BYTES = 1024;

/** Encoding used when bytes are not valid UTF-8 and nothing declares one: a superset of Latin-1 for printable text (BBC 2005 sport/199.txt is Latin-1). */
export const FALLBACK_LEGACY_ENCODING = 'windows-1252';

// --- Format sniffing ---------------------------------------------------------------------------

/** How much decoded text the sniffer reads: roots and doctypes sit in the first lines. */
export const SNIFF_WINDOW_CHARS = 4096;

/** Root elements that make XML a feed (RSS 2.0, Atom, RSS 1.0). */
export const FEED_ROOT_PATTERN = /<(?:rss|feed|rdf:RDF)[\s>]/i;

/** A document that starts like this is HTML whatever its extension. */
export const HTML_START_PATTERN = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Tags that only HTML uses; counted to tell an HTML fragment from prose that mentions "<" once. */
export const HTML_TAG_PATTERN = /<\/?(?:p|div|span|a|br|hr|img|ul|ol|li|h[1-6]|table|tr|td|em|strong|b|i|blockquote|figure|figcaption|article|section|header|footer|nav|script|style|meta|link|title)[\s>/]/gi;

/** A page without a doctype is still HTML when it has this many HTML tags in the sniff window: saved fragments have dozens, prose none. */
export const MIN_HTML_TAGS_FOR_PAGE = 5;

/** A feed item's or JSONL record's content field counts as HTML from this many tags: a single `<p>` or `<br>` marks markup. */
export const MIN_HTML_TAGS_FOR_FRAGMENT = 1;

/** How many leading non-blank lines must parse as JSON objects for a file to be JSONL by content. */
export const JSONL_SNIFF_LINES = 3;

/** Extensions and what they suggest; content sniffing wins when it is sure. */
export const EXTENSION_FORMATS: Readonly<Record<string, 'html' | 'text' | 'feed' | 'jsonl'>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Media types the fetcher accepts, and what each suggests. Anything else is refused with ingest/unsupported-type. */
export const CONTENT_TYPE_FORMATS: Readonly<Record<string, 'html' | 'text' | 'feed' | 'jsonl'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/json': 'jsonl',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

// --- Inputs: directories, globs, URL lists -----------------------------------------------------

/** Extensions skipped (silently) in directory walks and glob matches: images, media, archives, office files, fonts and code are never news text. A file named explicitly is always read. */
export const NON_INPUT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.bmp', '.tif', '.tiff', '.avif',
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.webm', '.mov', '.avi', '.mkv', '.flac',
  '.zip', '.tar', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.zst',
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.epub',
  '.woff', '.woff2', '.ttf', '.otf', '.eot',
  '.exe', '.dll', '.so', '.dylib', '.bin', '.class', '.jar', '.wasm', '.o',
  '.js', '.mjs', '.css', '.map', '.db', '.sqlite', '.sqlite3', '.pyc',
  // SQLite's companions: `crosscheck ingest .` must not read its own store's journal files.
  '.db-wal', '.db-shm', '.db-journal', '.sqlite-wal', '.sqlite-shm', '.sqlite-journal',
]);

/** A `.txt` file larger than this is never read as a URL list: a list of a few thousand URLs is far smaller, and it spares reading big text dumps twice. */
export const MAX_URL_LIST_BYTES = 256 * 1024;

/** How much of a `.txt` file is read to see whether it starts like a URL list, before reading it whole. */
export const URL_LIST_SNIFF_BYTES = 512;

/** One line of a URL list: an http(s) URL with no spaces. Lines starting with `#` are comments. */
export const URL_LINE_PATTERN = /^https?:\/\/\S+$/i;

/** Extension of a file that is always a URL list. */
export const URL_LIST_EXTENSION = '.urls';

// --- Feeds -------------------------------------------------------------------------------------

/** A feed item whose content has fewer characters of text than this is a teaser: fetch its link when allowed (typical RSS descriptions are 150-300 characters, articles thousands). */
export const FEED_SUMMARY_MAX_TEXT_CHARS = 500;

/** How many item keys a watched feed remembers: busy feeds carry 20-100 items, so 2,000 covers many rotations without growing forever. */
export const MAX_SEEN_ITEM_KEYS = 2000;

// --- Fetching ----------------------------------------------------------------------------------

/** Time to open the TCP (and TLS) connection: a reachable news site connects in well under a second. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Time for the whole exchange, body included. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000;
/** Redirects followed before giving up: real article links use 1-3 (http→https, tracking, canonical). */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Minimum gap between two requests to the same host: one request a second is the usual politeness norm for crawlers. */
export const DEFAULT_MIN_HOST_INTERVAL_MS = 1000;
/** Statuses that carry a Location to follow. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Address ranges never fetched unless the user allows private addresses: reaching them from a
 * URL in someone else's feed is how server-side request forgery works. Each names its range.
 * IPv4-mapped, NAT64 and 6to4 IPv6 forms are classified by the IPv4 address they embed.
 */
export const REFUSED_IPV4_RANGES: readonly { readonly cidr: string; readonly name: string }[] = [
  { cidr: '0.0.0.0/8', name: 'unspecified ("this network", RFC 791)' },
  { cidr: '10.0.0.0/8', name: 'private (RFC 1918)' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT (RFC 6598)' },
  { cidr: '127.0.0.0/8', name: 'loopback (RFC 1122)' },
  { cidr: '169.254.0.0/16', name: 'link-local (RFC 3927), where cloud metadata services live' },
  { cidr: '172.16.0.0/12', name: 'private (RFC 1918)' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments (RFC 6890)' },
  { cidr: '192.0.2.0/24', name: 'documentation (RFC 5737)' },
  { cidr: '192.168.0.0/16', name: 'private (RFC 1918)' },
  { cidr: '198.18.0.0/15', name: 'benchmarking (RFC 2544)' },
  { cidr: '198.51.100.0/24', name: 'documentation (RFC 5737)' },
  { cidr: '203.0.113.0/24', name: 'documentation (RFC 5737)' },
  { cidr: '224.0.0.0/4', name: 'multicast (RFC 5771)' },
  { cidr: '240.0.0.0/4', name: 'reserved and broadcast (RFC 1112)' },
];

export const REFUSED_IPV6_RANGES: readonly { readonly cidr: string; readonly name: string }[] = [
  { cidr: '::/128', name: 'unspecified (RFC 4291)' },
  { cidr: '::1/128', name: 'loopback (RFC 4291)' },
  { cidr: '100::/64', name: 'discard (RFC 6666)' },
  { cidr: '2001::/32', name: 'Teredo tunnelling (RFC 4380), which hides the real address' },
  { cidr: '2001:db8::/32', name: 'documentation (RFC 3849)' },
  { cidr: 'fc00::/7', name: 'unique-local (RFC 4193)' },
  { cidr: 'fe80::/10', name: 'link-local (RFC 4291)' },
  { cidr: 'fec0::/10', name: 'site-local (deprecated, RFC 3879)' },
  { cidr: 'ff00::/8', name: 'multicast (RFC 4291)' },
];

/** Only global unicast IPv6 (2000::/3) is public; everything outside it is reserved. */
export const PUBLIC_IPV6_PREFIX = { cidr: '2000::/3', name: 'outside global unicast (reserved, RFC 4291)' } as const;

/** IPv6 prefixes whose low or middle bits carry an IPv4 address, classified as that address. */
export const IPV4_EMBEDDING_IPV6_PREFIXES: readonly { readonly cidr: string; readonly ipv4ByteOffset: number; readonly name: string }[] = [
  { cidr: '::ffff:0:0/96', ipv4ByteOffset: 12, name: 'IPv4-mapped' },
  { cidr: '::/96', ipv4ByteOffset: 12, name: 'IPv4-compatible' },
  { cidr: '64:ff9b::/96', ipv4ByteOffset: 12, name: 'NAT64' },
  { cidr: '2002::/16', ipv4ByteOffset: 2, name: '6to4' },
];

// --- Decoding ----------------------------------------------------------------------------------

/** Invalid UTF-8 inside text that is otherwise UTF-8 (more valid multi-byte sequences than broken ones, times this factor) is damage, not another encoding: decode as UTF-8 with U+FFFD instead of turning every accented letter into mojibake. */
export const MOSTLY_UTF8_VALID_TO_INVALID_RATIO = 2;

// --- JSONL records -----------------------------------------------------------------------------

/** Fields holding a record's content, in order of preference: clean text first (news-please `maintext`), since extraction from it loses nothing; `content`/`body` are sniffed for HTML. */
export const JSONL_CONTENT_FIELDS: readonly { readonly name: string; readonly format: 'text' | 'html' | 'sniff' }[] = [
  { name: 'maintext', format: 'text' },
  { name: 'text', format: 'text' },
  { name: 'html', format: 'html' },
  { name: 'content', format: 'sniff' },
  { name: 'body', format: 'sniff' },
];
/** Publication date fields (news-please, common crawls, feed-derived dumps), first present wins. */
export const JSONL_PUBLISHED_FIELDS = ['date_publish', 'published', 'pubDate', 'date'] as const;
export const JSONL_MODIFIED_FIELDS = ['date_modify', 'modified', 'updated'] as const;
export const JSONL_TITLE_FIELDS = ['title', 'headline'] as const;
export const JSONL_URL_FIELDS = ['url', 'link'] as const;
export const JSONL_AUTHOR_FIELDS = ['authors', 'author'] as const;
export const JSONL_SITE_FIELDS = ['site_name', 'source_domain', 'source'] as const;
export const JSONL_LANGUAGE_FIELDS = ['language', 'lang'] as const;
