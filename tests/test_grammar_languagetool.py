"""The LanguageTool backend, against a local stand-in for a LanguageTool server.

No LanguageTool server runs here and none can be downloaded, so a small http.server on 127.0.0.1 (a free
port, in a thread) answers the two endpoints language-tool-python calls, /v2/languages and /v2/check, in
LanguageTool's documented JSON format (offsets and lengths in UTF-16 code units, as the real server counts).
It also refuses texts over a size limit with LanguageTool's own error text, to test the batching.
"""

import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from click.testing import CliRunner
from conftest import write

pytest.importorskip("language_tool_python")

from newslint import check_text  # noqa: E402
from newslint.cli import main  # noqa: E402
from newslint.errors import NewslintError  # noqa: E402
from newslint.grammar import languagetool  # noqa: E402

# What the stand-in "finds": (rule id, category, issue type, pattern, message, replacements).
RULES = [
    ("EN_A_VS_AN", "MISC", "misspelling", r"\ban(?= test\b)", "Use “a” instead of ‘an’ if the following word "
     "doesn't start with a vowel sound, e.g. ‘a sentence’, ‘a university’.", ["a"]),
    ("MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", r"\b(?:teh|Khodorkovsky)\b", "Possible spelling mistake found.",
     ["the", "ten", "tea"]),
    ("ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", r"\b(\w+) \1\b", "Possible typo: you repeated a word.",
     ["the"]),
    ("PASSIVE_VOICE", "STYLE", "style", r"\bwas signed\b", "Passive voice can make a sentence wordy.", []),
]


def _utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


class FakeLanguageTool(BaseHTTPRequestHandler):
    limit = 10**9  # characters per request
    requests: list = []

    def log_message(self, *args):
        pass

    def _send(self, status: int, body: str, kind="application/json"):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._send(200, json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"},
                                        {"name": "English (GB)", "code": "en", "longCode": "en-GB"}]))
        else:
            self._send(404, "not found", "text/plain")

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"), keep_blank_values=True)
        text = form["text"][0]
        type(self).requests.append({"text": text, "language": form["language"][0]})
        if len(text) > self.limit:
            return self._send(413, f"Error: Your text exceeds the limit of {self.limit} characters (it's "
                                   f"{len(text)} characters). Please submit a shorter text.", "text/plain")
        matches = []
        for rule_id, category, issue, pattern, message, replacements in RULES:
            for m in re.finditer(pattern, text):
                offset, length = _utf16(text, m.start()), _utf16(text, m.end()) - _utf16(text, m.start())
                matches.append({
                    "message": message, "shortMessage": "", "replacements": [{"value": r} for r in replacements],
                    "offset": offset, "length": length,
                    "context": {"text": text[max(0, m.start() - 20):m.end() + 20], "offset": min(20, m.start()),
                                "length": length},
                    "sentence": text, "type": {"typeName": "Other"},
                    "rule": {"id": rule_id, "description": message, "issueType": issue,
                             "category": {"id": category, "name": category.title()}},
                    "ignoreForIncompleteSentence": False, "contextForSureMatch": 0})
        self._send(200, json.dumps({"software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
                                    "language": {"name": "English (US)", "code": "en-US"}, "matches": matches}))


@pytest.fixture
def server():
    """A stand-in LanguageTool server on 127.0.0.1; yields (url, handler class)."""
    handler = type("Handler", (FakeLanguageTool,), {"requests": [], "limit": 10**9})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def lt(url, **more):
    return {"grammar": "languagetool", "languagetool-url": url, **more}


def by_code(found):
    return {d.code: d for d in found}


def test_matches_become_grammar_findings_with_code_message_span_and_fixes(server):
    url, handler = server
    text = "This is an test of teh linter. The deal was signed on Friday.\n"
    found = by_code(check_text(text, lt(url)))
    a_an = found["LT-EN_A_VS_AN"]
    assert (a_an.category, a_an.name, a_an.severity) == ("grammar", "en-a-vs-an", "warning")
    assert text[a_an.start:a_an.end] == "an"
    assert a_an.message == RULES[0][4]  # LanguageTool's message, which already quotes 'an'
    assert by_code(check_text("This is an test.\n", lt(url)))["LT-EN_A_VS_AN"].message == RULES[0][4]
    assert a_an.fix.applicability == "unsafe" and a_an.fix.title == "Replace with 'a'"
    assert [(e.start, e.end, e.text) for e in a_an.fix.edits] == [(8, 10, "a")]
    typo = found["LT-MORFOLOGIK_RULE_EN_US"]
    assert text[typo.start:typo.end] == "teh"
    assert typo.fix.applicability == "display" and typo.fix.edits == ()
    assert typo.fix.title == "Replace with one of 'the', 'ten', 'tea'"
    style = found["LT-PASSIVE_VOICE"]
    assert style.severity == "info" and style.fix is None
    assert handler.requests[-1]["language"] == "en-US"


def test_offsets_after_emoji_and_accents_map_back(server):
    url, _ = server
    text = "Crowds 🎉🎉 cheered in Zürich; this is an test.\n"
    d = by_code(check_text(text, lt(url)))["LT-EN_A_VS_AN"]
    assert text[d.start:d.end] == "an"
    emoji = "Fans 🎉 said teh 🎉 team won.\n"
    d = by_code(check_text(emoji, lt(url)))["LT-MORFOLOGIK_RULE_EN_US"]
    assert emoji[d.start:d.end] == "teh"


def test_a_match_on_newslints_own_finding_is_dropped(server):
    url, _ = server
    text = "The minister said the the talks would resume.\n"
    found = check_text(text, lt(url))
    assert [d.code for d in found] == ["RP01"]  # newslint's doubled-word rule said it first


def test_misspelling_complaints_skip_the_storys_own_names(server):
    url, _ = server
    found = check_text("Mikhail Khodorkovsky said teh company would appeal.\n", lt(url))
    assert [d.message for d in found if d.code == "LT-MORFOLOGIK_RULE_EN_US"] == ["Possible spelling mistake found ('teh')"]


def test_british_copy_is_checked_as_british_english(server):
    url, handler = server
    check_text("The colour of the defence programme was grey.\n", lt(url))
    assert handler.requests[-1]["language"] == "en-GB"


def test_long_text_goes_in_batches_within_the_server_limit(server):
    url, handler = server
    handler.limit = 400
    paragraph = "Officials met on Friday to discuss the budget. They said this is an test of the process. "
    text = "\n\n".join(paragraph * 2 for _ in range(12)) + "\n"
    found = [d for d in check_text(text, lt(url)) if d.code == "LT-EN_A_VS_AN"]
    assert len(found) == 24 and all(text[d.start:d.end] == "an" for d in found)
    accepted = [r["text"] for r in handler.requests if len(r["text"]) <= handler.limit]
    assert "".join(accepted) == text  # the batches cover the story once, in order
    assert all(r.endswith((". ", "\n\n", "\n")) for r in accepted)  # never half a sentence


def test_batches_cut_at_paragraphs_then_sentences():
    text = "One two. Three four.\n\nFive six seven. Eight.\n"
    spans = list(languagetool.batches(text, 30))
    assert "".join(text[a:b] for a, b in spans) == text
    assert [text[a:b] for a, b in spans] == ["One two. Three four.\n\n", "Five six seven. Eight.\n"]
    one = "Aaa bbb. Ccc ddd eee."
    assert [one[a:b] for a, b in languagetool.batches(one, 12)] == ["Aaa bbb. ", "Ccc ddd eee."]
    long_sentence = "aaa bbb ccc ddd eee"
    assert [long_sentence[a:b] for a, b in languagetool.batches(long_sentence, 9)] == ["aaa bbb ", "ccc ddd ", "eee"]


def test_select_and_ignore_apply_to_languagetool_codes(server):
    url, _ = server
    text = "This is an test of teh linter.\n"
    assert {d.code for d in check_text(text, lt(url, ignore=["LT-EN_A_VS_AN"]))} == {"LT-MORFOLOGIK_RULE_EN_US"}
    assert check_text(text, lt(url, ignore=["grammar"])) == []
    assert {d.code for d in check_text(text, lt(url, select=["LT-EN_A_VS_AN"]))} == {"LT-EN_A_VS_AN"}


def _dead_url():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_unreachable_server_is_one_clear_error():
    url = _dead_url()
    with pytest.raises(NewslintError) as e:
        check_text("A story.\n", lt(url))
    assert str(e.value) == (f"LanguageTool is not reachable at {url}: connection refused "
                            "(is the server running? see --languagetool-url)")


def test_cli_unreachable_server_exits_2_with_one_line(in_tmp):
    write(in_tmp / "a.txt", "A story.\n")
    write(in_tmp / "b.txt", "Another story.\n")
    url = _dead_url()
    r = CliRunner().invoke(main, ["check", "--grammar", "languagetool", "--languagetool-url", url, "a.txt", "b.txt"])
    assert r.exit_code == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert lines == [f"newslint: error: LanguageTool is not reachable at {url}: connection refused "
                     "(is the server running? see --languagetool-url)"]
    assert "Traceback" not in r.output


def test_cli_json_output_carries_languagetool_findings(server, in_tmp):
    url, _ = server
    write(in_tmp / "story.txt", "This is an test.\n")
    r = CliRunner().invoke(main, ["check", "--format", "json", "--grammar", "languagetool",
                                  "--languagetool-url", url + "/v2", "story.txt"])
    data = json.loads(r.stdout)
    assert r.exit_code == 1
    assert [(d["rule"], d["name"], d["category"], d["offset"], d["end_offset"]) for d in data] == [
        ("LT-EN_A_VS_AN", "en-a-vs-an", "grammar", 8, 10)]
    assert data[0]["fix"] == {"message": "Replace with 'a'", "applicability": "unsafe",
                              "edits": [{"offset": 8, "end_offset": 10, "replacement": "a"}]}


def test_server_url_forms_are_accepted():
    assert languagetool._server_root("http://localhost:8081") == "http://localhost:8081/"
    assert languagetool._server_root("http://localhost:8010/v2/") == "http://localhost:8010/"
    assert languagetool._server_root("http://lt.example/v2/check") == "http://lt.example/"


def test_missing_language_tool_python_says_how_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    monkeypatch.setattr(languagetool, "_tools", {})
    with pytest.raises(NewslintError, match=r"pip install 'newslint\[languagetool\]'"):
        check_text("A story.\n", lt("http://127.0.0.1:9"))


def test_no_server_and_no_local_install_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))  # language-tool-python's install folder: empty
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setattr(languagetool, "_failed", {})
    with pytest.raises(NewslintError, match=r"no LanguageTool server given and no local LanguageTool found: pass "
                                            r"--languagetool-url http://localhost:8081"):
        check_text("A story.\n", {"grammar": "languagetool"})
    assert list(tmp_path.iterdir()) == []  # nothing was downloaded
