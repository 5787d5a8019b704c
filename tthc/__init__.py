import os

# polars (the dossier import, tthc.columnar) allocates through its own jemalloc, which by default keeps freed
# pages for ten seconds: a million rows' import then peaked at 1.09 GB of resident memory, and at 0.80 GB with
# the pages handed back by a background thread within 200 ms (pola-rs/polars#23128), for 0.1–0.3 s more.
# jemalloc reads this when polars loads, so it is set with the package, before any module imports polars.
os.environ.setdefault("_RJEM_MALLOC_CONF", "background_thread:true,dirty_decay_ms:200,muzzy_decay_ms:0")
