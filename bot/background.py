"""What runs beside the listeners: the folder intake and the roundup scheduler, plus the
one-off finishing of digest threads and roundups a crash left half-posted, and the thread
healer (`bot.digesting.thread_healer`), which finishes threads Slack errors break while the
bot runs.

`start(services)` runs at start-up (after the app is built, before it serves), `stop` at
exit; `Services.close` stops them too. A new background intake is built in
`bot.services.build_services` and started here.
"""

from __future__ import annotations

import logging
import threading

from bot.services import Services

log = logging.getLogger(__name__)


def start(services: Services) -> list[threading.Thread]:
    """Start watching the folder and firing roundups; finish what a crash cut short.

    Returns the threads that finish interrupted digests and roundups (join them to wait).
    """
    resuming = [
        threading.Thread(
            target=services.digests.resume_incomplete, name="digest-bot-resume", daemon=True
        ),
        threading.Thread(
            target=services.roundup_poster.resume_incomplete, name="roundup-resume", daemon=True
        ),
    ]
    for thread in resuming:
        thread.start()
    start_roundups(services)
    services.feeds.start()
    if services.thread_healer is not None:
        services.thread_healer.start()
    if services.folder_watcher is not None:
        services.folder_watcher.start()
    else:
        log.info("folder intake off: set DIGEST_CHANNEL (or WATCH_CHANNELS) to watch a folder")
    return resuming


def stop(services: Services) -> None:
    """Stop the folder intake and the scheduler (a file or roundup in progress finishes)."""
    services.stop_background()


def start_roundups(services: Services) -> None:
    """Fire roundups, and finish events dead replicas acknowledged (`bot.ops.event_recovery`),
    only while this replica leads (`bot.ops.leader`): the scheduler starts
    paused (it still adds and lists jobs in the shared store) and runs once elected. A
    takeover also finishes the roundups and digests the dead leader left half-posted (at
    start-up the threads above do that)."""
    scheduler = services.roundups.scheduler
    services.roundups.start(paused=True)
    replica = services.replica
    recovery = services.event_recovery
    if replica is None:
        scheduler.resume()
        if recovery is not None:
            recovery.sweep_soon()  # events a previous run acknowledged and left
        return
    started = threading.Event()

    def beat() -> None:
        scheduler.wakeup()
        if recovery is not None:
            recovery.sweep_soon()  # events a replica that died acknowledged and left

    def elected() -> None:
        scheduler.resume()
        if recovery is not None:
            recovery.sweep_soon()
        if started.is_set():
            for finish in (
                services.roundup_poster.resume_incomplete,
                services.digests.resume_incomplete,
            ):
                threading.Thread(target=finish, name="takeover-resume", daemon=True).start()

    replica.start(on_elected=elected, on_deposed=scheduler.pause, on_beat=beat)
    started.set()
