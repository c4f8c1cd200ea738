// pa11y drives Chromium through puppeteer. Browsers cannot be downloaded on
// these machines: never fetch one at install time; the audit uses
// /usr/bin/chromium (installed by .ci/run).
module.exports = { skipDownload: true };
