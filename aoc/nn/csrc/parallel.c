/* parallel.c: the worker threads behind nn_parallel: started on first use, woken by a generation
 * counter under one mutex, restarted after fork (a child inherits no threads). No Python here. */
#define _DEFAULT_SOURCE /* sysconf under -std=c11 */
#include <pthread.h>
#include <unistd.h>
#include "parallel.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER, done = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t in_use = PTHREAD_MUTEX_INITIALIZER; /* held by the caller of a split run */
static int wanted = 0, started = 0, hooked = 0;
static unsigned long generation = 0, seen[NN_MAX_THREADS]; /* the last job each worker saw */
static struct {
    nn_range_fn fn;
    void *ctx;
    size_t n, share;
    int threads, pending;
} job;

static void run_share(int thread)
{
    const size_t lo = (size_t)thread * job.share;
    const size_t hi = lo + job.share < job.n ? lo + job.share : job.n;
    if (lo < hi)
        job.fn(job.ctx, lo, hi, thread);
}

static void *worker(void *arg)
{
    const int thread = (int)(size_t)arg;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (generation == seen[thread])
            pthread_cond_wait(&wake, &lock);
        seen[thread] = generation;
        if (thread >= job.threads)
            continue;
        pthread_mutex_unlock(&lock);
        run_share(thread);
        pthread_mutex_lock(&lock);
        if (--job.pending == 0)
            pthread_cond_signal(&done);
    }
    return NULL;
}

/* The child of a fork has only the forking thread: start afresh, with fresh locks. */
static void after_fork_in_child(void)
{
    pthread_mutex_init(&lock, NULL);
    pthread_mutex_init(&in_use, NULL);
    pthread_cond_init(&wake, NULL);
    pthread_cond_init(&done, NULL);
    started = 0;
}

int nn_threads(void)
{
    if (!wanted) {
        const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        wanted = cpus < 1 ? 1 : cpus > NN_MAX_THREADS ? NN_MAX_THREADS : (int)cpus;
    }
    return wanted;
}

void nn_set_threads(int n)
{
    wanted = n < 1 ? 1 : n > NN_MAX_THREADS ? NN_MAX_THREADS : n;
}

/* Starts workers up to the wanted count (under lock); how many threads can take a share. */
static int start_workers(void)
{
    if (!hooked)
        hooked = pthread_atfork(NULL, NULL, after_fork_in_child) == 0;
    while (started + 1 < nn_threads()) {
        pthread_t id;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        seen[started + 1] = generation;
        const int rc = pthread_create(&id, &attr, worker, (void *)(size_t)(started + 1));
        pthread_attr_destroy(&attr);
        if (rc)
            break;
        started++;
    }
    return started + 1 < nn_threads() ? started + 1 : nn_threads();
}

void nn_parallel(size_t n, size_t grain, int split, nn_range_fn fn, void *ctx)
{
    if (!split || nn_threads() < 2 || grain == 0 || n <= grain ||
        pthread_mutex_trylock(&in_use) != 0) {
        fn(ctx, 0, n, 0);
        return;
    }
    pthread_mutex_lock(&lock);
    const int threads = start_workers();
    const size_t per = (n + (size_t)threads - 1) / (size_t)threads;
    job.fn = fn;
    job.ctx = ctx;
    job.n = n;
    job.share = (per + grain - 1) / grain * grain;
    job.threads = threads;
    job.pending = threads - 1;
    generation++;
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&lock);
    run_share(0);
    pthread_mutex_lock(&lock);
    while (job.pending)
        pthread_cond_wait(&done, &lock);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&in_use);
}
