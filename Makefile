# resdiff: build, test, install, benchmark. Everything runs with the Swift toolchain only.
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFT_FORMAT ?= swift-format
SOURCES := Sources Tests Package.swift
# A target may import only the targets Package.swift lists as its dependencies: the
# layers hold at build time (Docs/architecture.md), not only by convention.
LAYERS := --explicit-target-dependency-import-check=error

.PHONY: all build setup test install bench fuzz html-check docx-check format lint clean

all: build

build: setup
	$(SWIFT) build $(LAYERS)

# What the tests need from Debian's packages: zlib's headers (Word files are zip
# packages) and pdftotext (PDF input). Installed when missing and root; otherwise said.
setup:
	@missing=""; \
	[ -f /usr/include/zlib.h ] || missing="$$missing zlib1g-dev"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "setup: installing$$missing from Debian's packages"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
	      || echo "setup: could not install$$missing; tests that need them are skipped" >&2; \
	  else echo "setup: please install$$missing (apt-get install$$missing)" >&2; fi; \
	fi

# Builds the command-line binary first: the end-to-end tests run it. The suite is
# XCTest; Swift Testing is off so the run ends on the XCTest summary, not "0 tests".
test: setup
	$(SWIFT) build $(LAYERS) --product resdiff
	$(SWIFT) test $(LAYERS) --disable-swift-testing

install:
	$(SWIFT) build -c release --product resdiff --static-swift-stdlib
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/resdiff" "$(DESTDIR)$(PREFIX)/bin/resdiff"

# git is a peer in the benchmark: installed from Debian's packages when missing.
bench:
	command -v git >/dev/null 2>&1 || { apt-get update && apt-get install -y git; }
	$(SWIFT) build -c release --product resdiff
	$(SWIFT) run -c release resdiff-bench

# libFuzzer over the text reader, the Word reader, the amendment reader and the full
# comparison (Tests/fuzz.sh); FUZZ_SECONDS per target, 60 by default.
fuzz:
	bash Tests/fuzz.sh

# Renders the HTML reports of the corpus pairs in headless Chromium (installed from
# Debian's packages when missing) and saves screenshots under .build/html-check/.
html-check:
	bash Tests/html-check.sh

# Converts the Word redlines of the corpus pairs with headless LibreOffice (installed from
# Debian's packages when missing) to PDF, and saves their first pages as PNG under
# .build/docx-check/.
docx-check:
	bash Tests/docx-check.sh

format:
	$(SWIFT_FORMAT) format --in-place --recursive --configuration .swift-format $(SOURCES)

lint:
	$(SWIFT_FORMAT) lint --strict --recursive --configuration .swift-format $(SOURCES)

clean:
	rm -rf .build .build-fuzz
