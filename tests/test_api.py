"""The library API's promises beyond findings: it leaves the process as it found it."""

import gc

import newslint.api
from newslint import check_text, fix_text


def test_the_garbage_collector_is_paused_while_the_rules_run_and_restored_after(monkeypatch):
    states = []
    real = newslint.api.run_rules

    def spying(doc, rules):
        states.append(gc.isenabled())
        return real(doc, rules)

    monkeypatch.setattr(newslint.api, "run_rules", spying)
    assert [d.code for d in check_text("The the minister said on Friday that talks would resume.")] == ["RP01"]
    assert states == [False]
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_keeps_it_off():
    gc.disable()
    try:
        assert fix_text("The the minister arrived.")[0] == "The minister arrived."
        assert not gc.isenabled()
    finally:
        gc.enable()
