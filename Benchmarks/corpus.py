"""Shared code for the benchmarks in this folder (Python 3 standard library only).

Builds the generated news corpus (build_corpus, prepare_corpus) and runs a command
while measuring its wall time and peak resident memory (timed). Used by
extract-throughput and check-scaling; not a script of its own.
"""

import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SUBDIRS = 100
GENERATOR_VERSION = 1
DIGITS = re.compile(r"\d+")


def default_eval_dir():
    """../shared/eval/public next to the repository, or /work/shared/eval/public from a worktree."""
    near = os.path.join(REPO, "..", "shared", "eval", "public")
    if os.path.isdir(near):
        return near
    return "/work/shared/eval/public" if os.path.isdir("/work/shared/eval/public") else near


def sources(eval_dir):
    """The documents paragraphs are drawn from: seeds/*.txt and EVAL/*/*.{txt,md}."""
    found = sorted(glob.glob(os.path.join(REPO, "seeds", "*.txt")))
    found += sorted(glob.glob(os.path.join(eval_dir, "*", "*.txt")))
    found += sorted(glob.glob(os.path.join(eval_dir, "*", "*.md")))
    return found


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("\r\n", "\n")
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]


def perturb(par, rng):
    """Replaces digits deterministically; keeps a leading digit non-zero and years plausible."""
    def repl(m):
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return s[:3] + str(rng.randrange(10))
        out = [str(rng.randrange(1 if (i == 0 and s[0] != "0" and len(s) > 1) else 0, 10))
               for i in range(len(s))]
        return "".join(out)
    return DIGITS.sub(repl, par)


def build_corpus(root, sources, files, size_mb, seed, kind="paragraphs"):
    """Writes FILES documents, SIZE_MB MB in all, under ROOT/docs/00..99 and ROOT/corpus.json.

    KIND "paragraphs" draws the source paragraphs as they are (below); "news" writes stories with
    the vocabulary of real news (newscorpus.py)."""
    if kind == "news":
        return _build_news(root, sources, files, size_mb, seed)
    txt, md = [], []
    for path in sources:
        (md if path.endswith(".md") else txt).extend(paragraphs(path))
    if not txt or not md:
        sys.exit(f"{os.path.basename(sys.argv[0])}: no seed or eval documents found")
    md_share = len(md) / (len(txt) + len(md))
    avg = size_mb * 1_000_000 * 1.02 / files
    docs = os.path.join(root, "docs")
    _fresh_folders(root)
    total = 0
    t0 = time.monotonic()
    for i in range(files):
        rng = random.Random(seed * 1_000_003 + i)
        is_md = rng.random() < md_share
        pool = md if is_md else txt
        target = rng.uniform(0.5, 1.5) * avg
        out, n = [], 0
        while n < target:
            p = perturb(rng.choice(pool), rng)
            out.append(p)
            n += len(p.encode("utf-8")) + 2
        rng.shuffle(out)
        data = ("\n\n".join(out) + "\n").encode("utf-8")
        name = os.path.join(docs, f"{i % SUBDIRS:02d}", f"doc{i:06d}.{'md' if is_md else 'txt'}")
        with open(name, "wb") as f:
            f.write(data)
        total += len(data)
    meta = dict(version=GENERATOR_VERSION, files=files, size_mb=size_mb, seed=seed, bytes=total,
                sources=len(sources), seconds=round(time.monotonic() - t0, 1))
    with open(os.path.join(root, "corpus.json"), "w") as f:
        json.dump(meta, f, indent=1)
    return meta


def _fresh_folders(root):
    docs = os.path.join(root, "docs")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    for d in range(SUBDIRS):
        os.makedirs(os.path.join(docs, f"{d:02d}"))


def _build_news(root, sources, files, size_mb, seed):
    from newscorpus import NEWS_GENERATOR_VERSION, build_news_corpus
    _fresh_folders(root)
    t0 = time.monotonic()
    counts = build_news_corpus(root, sources, files, size_mb, seed)
    meta = dict(version=NEWS_GENERATOR_VERSION, kind="news", files=files, size_mb=size_mb, seed=seed,
                sources=len(sources), seconds=round(time.monotonic() - t0, 1), **counts)
    with open(os.path.join(root, "corpus.json"), "w") as f:
        json.dump(meta, f, indent=1)
    return meta


def corpus_ok(root, files, size_mb, seed, kind="paragraphs"):
    try:
        with open(os.path.join(root, "corpus.json")) as f:
            meta = json.load(f)
    except (OSError, ValueError):
        return None
    if kind == "news":
        from newscorpus import NEWS_GENERATOR_VERSION
        want = dict(version=NEWS_GENERATOR_VERSION, kind="news", files=files, size_mb=size_mb, seed=seed)
    else:
        want = dict(version=GENERATOR_VERSION, files=files, size_mb=size_mb, seed=seed)
    meta = meta if meta.get("kind", "paragraphs") == kind else {}
    return meta if all(meta.get(k) == v for k, v in want.items()) else None


def prepare_corpus(root, sources, files, size_mb, seed, kind="paragraphs"):
    """Reuses the corpus in ROOT if corpus.json matches, builds it otherwise; returns its metadata."""
    os.makedirs(root, exist_ok=True)
    meta = corpus_ok(root, files, size_mb, seed, kind)
    if meta:
        print(f"reusing corpus {root}: {meta['files']} files, {meta['bytes'] / 1e6:.1f} MB")
    else:
        print(f"building {kind} corpus in {root} from {len(sources)} documents ...", flush=True)
        meta = build_corpus(root, sources, files, size_mb, seed, kind)
        words = f", {meta['distinct_words']} distinct words" if "distinct_words" in meta else ""
        print(f"built {meta['files']} files, {meta['bytes'] / 1e6:.1f} MB{words} in {meta['seconds']} s")
    return meta


def subdirs(root, count=SUBDIRS):
    """The first COUNT of the corpus's 100 folders; document i is in folder i % 100."""
    return [os.path.join(root, "docs", f"{d:02d}") for d in range(count)]


def folder_stats(folders):
    """(files, bytes) in FOLDERS."""
    files = total = 0
    for d in folders:
        for name in os.listdir(d):
            files += 1
            total += os.path.getsize(os.path.join(d, name))
    return files, total


def _tree_rss_kb(pid):
    """Resident memory of PID and its descendants, in KB (Linux /proc; 0 if unavailable)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return total


class Result:
    """What timed() measured: returncode, stderr, seconds, peak MB, CPU seconds (user + system),
    stdout tail and size, and
    why the run was stopped (None, 'timeout' or 'memory')."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def timed(cmd, timeout=None, max_rss_mb=None, keep_tail=0):
    """Runs CMD, returns a Result.

    stdout goes to /dev/null, or with KEEP_TAIL > 0 through a pipe of which only the last
    KEEP_TAIL bytes are kept. Peak memory is the maximum resident set size of the command,
    and CPU seconds (user + system) from /usr/bin/time -f "%M %U %S" or, without it, getrusage(RUSAGE_CHILDREN) in a wrapper process.
    With TIMEOUT (seconds) or MAX_RSS_MB (polled from /proc every 0.2 s) the command is
    killed when it runs too long or grows too large, and Result.stopped says why.
    """
    time_bin = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss, \
            tempfile.TemporaryFile("w+") as err:
        if time_bin:
            full = [time_bin, "-f", "%M %U %S", "-o", rss.name] + cmd
        else:
            wrapper = ("import resource,subprocess,sys\n"
                       "r=subprocess.run(sys.argv[2:]).returncode\n"
                       "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
                       "open(sys.argv[1],'w').write(f'{u.ru_maxrss} {u.ru_utime} {u.ru_stime}')\n"
                       "sys.exit(r)\n")
            full = [sys.executable, "-c", wrapper, rss.name] + cmd
        stopped, polled_kb, tail, out_bytes = None, 0, b"", 0
        t0 = time.monotonic()
        proc = subprocess.Popen(full, stdout=subprocess.PIPE if keep_tail else subprocess.DEVNULL,
                                stderr=err, start_new_session=True)
        watch = timeout is not None or max_rss_mb is not None

        def check():
            nonlocal stopped, polled_kb
            if stopped:
                return
            if timeout is not None and time.monotonic() - t0 > timeout:
                stopped = "timeout"
            elif max_rss_mb is not None:
                polled_kb = max(polled_kb, _tree_rss_kb(proc.pid))
                if polled_kb > max_rss_mb * 1024:
                    stopped = "memory"
            if stopped:
                os.killpg(proc.pid, signal.SIGKILL)

        if keep_tail:
            import selectors
            sel = selectors.DefaultSelector()
            sel.register(proc.stdout, selectors.EVENT_READ)
            fd = proc.stdout.fileno()
            while True:
                if sel.select(0.2):
                    chunk = os.read(fd, 1 << 20)
                    if not chunk:
                        break
                    out_bytes += len(chunk)
                    tail = (tail + chunk)[-keep_tail:]
                if watch:
                    check()
            proc.stdout.close()
        while True:
            try:
                proc.wait(0.2 if watch else None)
                break
            except subprocess.TimeoutExpired:
                check()
        secs = time.monotonic() - t0
        # The last line is "maxrss-KB user-seconds system-seconds" (earlier ones: a signal's note).
        fields = ([l.split() for l in open(rss.name).read().splitlines() if l.strip()] or [[]])[-1]
        peak = int(fields[0]) / 1024 if fields and fields[0].isdigit() else polled_kb / 1024 or float("nan")
        cpu = float(fields[1]) + float(fields[2]) if len(fields) == 3 else float("nan")
        err.seek(0)
        stderr = err.read()
    return Result(returncode=proc.returncode, stderr=stderr, seconds=secs, peak_mb=peak, cpu_seconds=cpu,
                  stdout_tail=tail, stdout_bytes=out_bytes, stopped=stopped)
