"""Checking on a real Dask cluster (LocalCluster, several worker processes) gives the local run's report."""

import json

import pytest
from click.testing import CliRunner
from conftest import write

from newslint.cli import main

distributed = pytest.importorskip("dask.distributed")

BAD = "The the minister released new informations on Friday.\n"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_run_matches_local_run(cluster, in_tmp):
    for i in range(150):  # more than one task's batch
        write(in_tmp / "desk" / f"s{i:03}.txt", BAD if i % 3 else "Clean copy.\n")
    write(in_tmp / "desk" / "latin1.txt", "").write_bytes("d\u00e9bat".encode("latin-1"))
    local = CliRunner().invoke(main, ["check", "--no-cache", "-j", "1", "--format", "json", "desk"])
    remote = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", "--dask-scheduler",
                                       cluster.scheduler_address, "desk"])
    assert remote.exit_code == local.exit_code == 2  # the invalid UTF-8 file is reported the same way
    assert remote.output == local.output
    assert len(json.loads(remote.output.split("\n", 1)[1])) == 200


def test_unreachable_scheduler_is_one_line(in_tmp):
    write(in_tmp / "s.txt", BAD)
    r = CliRunner().invoke(main, ["check", "--no-cache", "--dask-scheduler", "tcp://127.0.0.1:9", "s.txt"])
    assert r.exit_code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.output
    assert "Traceback" not in r.output
