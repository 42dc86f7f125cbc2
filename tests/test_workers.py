"""Where build workers come from: a fork server that loaded the grammar once and never ran
polars (a forked polars thread pool would leave the workers waiting forever)."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from timeline._workers import PRELOAD, context, cpu_count, settle
from timeline.batches import ordered_map

needs_fork_server = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods() or not os.path.isdir("/proc/self/task"),
    reason="fork server and /proc are Linux things")


@needs_fork_server
def test_preload_starts_no_polars_thread() -> None:
    probe = textwrap.dedent(f"""
        import importlib, os
        import polars
        before = len(os.listdir("/proc/self/task"))
        for name in {PRELOAD!r}:
            importlib.import_module(name)
        import timeline.engine
        assert timeline.engine.load_grammar.cache_info().currsize == 1, "grammar not loaded"
        print(before, len(os.listdir("/proc/self/task")))
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    before, after = out.stdout.split()
    assert before == after  # polars' pool starts threads on its first query


def grammar_ready(_: int) -> tuple[bool, int]:
    """Run in a worker: whether the grammar was there before any work, and the pid."""
    import timeline.engine

    return timeline.engine.load_grammar.cache_info().currsize == 1, os.getpid()


@needs_fork_server
def test_workers_come_with_the_grammar_loaded() -> None:
    assert context().get_start_method() == "forkserver"
    first = list(ordered_map(grammar_ready, range(6), jobs=2))
    again = list(ordered_map(grammar_ready, range(6), jobs=2))
    assert all(ready for ready, _ in first + again)
    assert {pid for _, pid in first}.isdisjoint({pid for _, pid in again})  # new workers each call
    assert os.getpid() not in {pid for _, pid in first}


def polars_in_worker(n: int) -> int:
    """Run in a worker: a polars query on its thread pool."""
    import polars as pl

    frame = pl.DataFrame({"k": [i % 5 for i in range(50_000)], "v": list(range(50_000))})
    return int(frame.group_by("k").agg(pl.col("v").sum())["v"].sum()) + n


@needs_fork_server
def test_workers_run_polars_queries() -> None:
    assert list(ordered_map(polars_in_worker, range(4), jobs=2)) == [sum(range(50_000)) + n for n in range(4)]


def test_command_line_starts_without_polars() -> None:
    """The command line imports polars and the pipeline only after starting the fork
    server, so that the server's imports and grammar load overlap its own."""
    probe = "import sys, timeline, timeline.cli; print(sorted(m for m in ('polars', 'timeline.engine') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_load_on_first_use() -> None:
    import timeline

    assert sorted(timeline.__all__) == timeline.__all__
    assert all(getattr(timeline, name) is not None for name in timeline.__all__)
    assert set(timeline.__all__) <= set(dir(timeline))
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018


@pytest.mark.parametrize(("argv", "wanted"), [
    (["build", "a.jsonl"], True),
    (["tag", "a.jsonl", "-o", "b.jsonl"], True),
    (["build", "a.jsonl", "-j", "1"], False),
    (["build", "a.jsonl", "--jobs=1"], False),
    (["build", "a.jsonl", "--jobs", "2"], True),
    (["build", "a.jsonl", "--engine", "ray"], False),
    (["build", "--help"], False),
    ([], False),
])
def test_which_commands_start_the_server_early(argv: list[str], wanted: bool) -> None:
    from timeline.cli import _wants_workers

    assert _wants_workers(argv) is wanted


_EARLY_SERVER = textwrap.dedent("""
    import multiprocessing.forkserver, os, sys, threading
    from timeline._workers import start_early

    def grammar_ready(_):
        import timeline.engine
        return timeline.engine.load_grammar.cache_info().currsize == 1, os.getpid()

    if __name__ == "__main__":
        if sys.argv[1] == "thread":  # a process that is not alone any more
            threading.Thread(target=threading.Event().wait, daemon=True).start()
        start_early()
        server = multiprocessing.forkserver._forkserver._forkserver_pid
        with open(f"/proc/{server}/cmdline", "rb") as a, open("/proc/self/cmdline", "rb") as b:
            forked = a.read() == b.read()  # a fresh interpreter runs "-c from multiprocessing.forkserver ..."
        from timeline.batches import ordered_map  # polars starts threads as it is imported

        made = list(ordered_map(grammar_ready, range(4), jobs=2))
        print(forked, all(ready for ready, _ in made), server, *sorted({pid for _, pid in made}))
""")


@needs_fork_server
@pytest.mark.skipif(cpu_count() < 2, reason="one core: no server is started early")
@pytest.mark.parametrize("case", ["alone", "thread"])
def test_the_early_server_is_a_fork_of_a_lone_process(tmp_path: Path, case: str) -> None:
    """The command line forks its fork server (no interpreter to start) while it runs
    alone; with another thread it starts a fresh one, as forking threads is unsafe. Either
    server hands out workers with the grammar loaded, and ends with the process."""
    script = tmp_path / "early.py"
    script.write_text(_EARLY_SERVER, "utf-8")
    out = subprocess.run([sys.executable, str(script), case], capture_output=True, text=True, check=True,
                         timeout=120)
    forked, ready, server, *workers = out.stdout.split()
    assert forked == str(case == "alone") and ready == "True" and workers
    for _ in range(100):  # the server ends when its process has (the "alive" pipe closed)
        if not os.path.exists(f"/proc/{server}") or _zombie(int(server)):
            break
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{server}") or _zombie(int(server))


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def pid_after(seconds: float, n: int) -> int:
    """Run in a worker: wait, then say which worker ran item ``n``."""
    time.sleep(seconds)
    return os.getpid()


def marked_after(folder: str, n: int) -> int:
    """Run in a worker: wait a little, then leave a file named ``n`` in ``folder``."""
    time.sleep(0.3)
    Path(folder, str(n)).touch()
    return n


@needs_fork_server
def test_idle_workers_end_on_their_own_after_the_last_result() -> None:
    pids = set(ordered_map(partial(pid_after, 0.01), range(4), jobs=2))
    deadline = time.monotonic() + 30
    while any(os.path.exists(f"/proc/{pid}") for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(os.path.exists(f"/proc/{pid}") for pid in pids)


@needs_fork_server
def test_a_caller_that_stops_early_waits_for_the_batches_running(tmp_path: Path) -> None:
    results = ordered_map(partial(marked_after, str(tmp_path)), range(8), jobs=2)
    assert next(results) == 0
    results.close()  # item 1 was running beside item 0: it is finished when close() returns
    assert (tmp_path / "1").exists()
    assert not (tmp_path / "7").exists()  # never started: at most 2 × jobs items go out


@needs_fork_server
def test_settle_ends_the_manager_threads_of_pools_shut_down() -> None:
    from concurrent.futures import process

    assert list(ordered_map(partial(pid_after, 0.01), range(4), jobs=2))
    settle()
    manager = getattr(process, "_ExecutorManagerThread", ())
    assert not [thread for thread in threading.enumerate() if isinstance(thread, manager)]


_EXIT_WAKEUP = textwrap.dedent("""
    import sys, time
    import concurrent.futures.process as process

    def wakeup(self, wake=process._ThreadWakeup.wakeup):
        if process._global_shutdown and not self._closed:  # at exit, a pool's pipe still open
            print("open at exit", flush=True)
            time.sleep(0.2)  # the window of the race, widened: its manager thread closes it now
        wake(self)

    process._ThreadWakeup.wakeup = wakeup
    from timeline.cli import main

    if __name__ == "__main__":
        sys.exit(main(sys.argv[1:]))
""")


@needs_fork_server
def test_tag_ends_its_pool_before_the_exit_wakes_it(tmp_path: Path) -> None:
    """At exit the standard library wakes each pool's manager thread through a pipe that
    thread may be closing (no lock on 3.11): a traceback ending in "[Errno 9] Bad file
    descriptor" after a run that succeeded. The command now ends those threads first."""
    script = tmp_path / "exit_wakeup.py"
    script.write_text(_EXIT_WAKEUP, "utf-8")
    rows = tmp_path / "rows.jsonl"
    with rows.open("w", encoding="utf-8") as out:
        for n in range(140):  # three chunks: two processes tag them
            line = {"id": f"r{n}", "text": f"وصل الوفد يوم الأحد الماضي في الساعة {n % 12 + 1} صباحا.",
                    "published_at": "2015-08-20"}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(script), "tag", str(rows), "-o", str(tmp_path / "out.jsonl"), "-q",
                           "-j", "2"], capture_output=True, text=True, timeout=120, env=_this_tree())
    assert done.returncode == 0, done.stderr
    assert "open at exit" not in done.stdout
    assert "Traceback" not in done.stderr
    assert len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 140


def _this_tree() -> dict[str, str]:
    """The environment of a script that must import this tree's ``timeline``."""
    import timeline

    root = str(Path(timeline.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
