"""Input formats (Markdown, HTML, NITF, NewsML-G2, ninjs): one module per format, imported only when needed.

Each module's `extract(source, path) -> Extract` returns the prose rules read, with each prose character's
offset in the source (see newslint.markup). `prose.Prose` is the shared builder.
"""
