package org.vesnik.cli;

/** The output formats of the archive's commands: lines to read, or JSON (documented in docs/archive.md). */
enum ResultFormat {
    text, json
}
