// The system's zlib, for inflating the deflated parts of Word files (.docx are zip
// packages). Debian: zlib1g-dev, which `make test` installs when it is missing.
#include <zlib.h>
