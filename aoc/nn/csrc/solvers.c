/* solvers.c: the minimize loop and the first-order updates (SGD with momentum, Adam, RMSProp);
 * all state is allocated once per call, nothing inside the loop but the growing history. */
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include "alloc.h"
#include "newton.h"
#include "solvers.h"

/* torch's conventions: momentum buffer b = mu b + g; Adam with bias-corrected moments. */
static void first_order_step(const nn_solver *s, size_t t, double *p, const double *g,
                             double *m, double *v, size_t dim)
{
    const double c1 = 1.0 - pow(s->beta1, (double)t), c2 = 1.0 - pow(s->beta2, (double)t);
    for (size_t i = 0; i < dim; i++) {
        if (s->kind == NN_SGD) {
            m[i] = s->momentum * m[i] + g[i];
            p[i] -= s->lr * m[i];
        } else if (s->kind == NN_ADAM) {
            m[i] = s->beta1 * m[i] + (1.0 - s->beta1) * g[i];
            v[i] = s->beta2 * v[i] + (1.0 - s->beta2) * g[i] * g[i];
            p[i] -= s->lr * (m[i] / c1) / (sqrt(v[i] / c2) + s->eps);
        } else {
            v[i] = s->alpha * v[i] + (1.0 - s->alpha) * g[i] * g[i];
            p[i] -= s->lr * g[i] / (sqrt(v[i]) + s->eps);
        }
    }
}

/* The largest |x_i|; NaN once any x_i is NaN (a plain max would skip it), so a NaN gradient
 * never passes for a converged one. */
static double max_abs(const double *x, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; i++) {
        const double a = fabs(x[i]);
        m = a > m || a != a ? a : m;
    }
    return m;
}

static int is_second_order(const nn_solver *s)
{
    return s->kind == NN_GAUSS_NEWTON || s->kind == NN_NEWTON;
}

/* Room for entry i, doubling the history as it fills; 0, or -1 when out of memory. */
static int grow(nn_history *hist, size_t i)
{
    if (i < hist->cap)
        return 0;
    const size_t cap = hist->cap ? 2 * hist->cap : 1024;
    double *loss = realloc(hist->loss, cap * sizeof(double));
    if (!loss)
        return -1;
    hist->loss = loss;
    hist->cap = cap;
    return 0;
}

/* One step: evaluate, record, maybe stop at tol, update; 1 to stop, 0 to go on, <0 error. */
static int step(const nn_problem *pb, const nn_solver *s, size_t i, double tol, double *hist,
                double *work, int *status)
{
    const size_t dim = pb->dim;
    double *p = work, *g = work + dim, *m = work + 2 * dim, *v = work + 3 * dim;
    nn_tape_forward(pb->tape);
    const double f = nn_loss(pb);
    hist[i] = f;
    if (!isfinite(f)) {
        *status = NN_NONFINITE;
        return -1;
    }
    nn_gradient(pb);
    nn_gather(pb, g, 1);
    const double top = max_abs(g, dim);
    if (!isfinite(top)) {
        *status = NN_NONFINITE;
        return -1;
    }
    if (tol > 0 && top <= tol)
        return 1;
    nn_gather(pb, p, 0);
    if (is_second_order(s)) {
        *status = nn_second_order_step(pb, s->kind == NN_GAUSS_NEWTON, s->damping, p, g, f,
                                       work + 4 * dim);
        if (*status != NN_OK)
            return -1;
    } else {
        first_order_step(s, i + 1, p, g, m, v, dim);
    }
    nn_scatter(pb, p);
    return 0;
}

/* Values and gradients of the final parameters, for the nodes to show: the loop leaves them from
 * the iterate before its last update, or from a rejected line-search trial. */
static int refresh(const nn_problem *pb)
{
    nn_tape_forward(pb->tape);
    if (!isfinite(nn_loss(pb)))
        return NN_NONFINITE;
    nn_gradient(pb);
    return NN_OK;
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Calls run->poll about every POLL_S of the loop, reading the clock only every `stride` steps
 * (doubled while reads come more often than a millisecond apart). */
#define POLL_S 0.02
typedef struct {
    size_t stride, count;
    double last_read, last_poll;
} poller;

static int poll_due(poller *w, const nn_run *run)
{
    if (!run->poll || ++w->count < w->stride)
        return 0;
    w->count = 0;
    const double now = seconds();
    if (now - w->last_read < 1e-3)
        w->stride *= 2;
    else if (w->stride > 1 && now - w->last_read > 4e-3)
        w->stride /= 2;
    w->last_read = now;
    if (now - w->last_poll < POLL_S)
        return 0;
    w->last_poll = now;
    return run->poll(run->ctx) < 0 ? -1 : 0;
}

/* The callback, when one is due after step i: <0 abort, >0 stop, 0 go on. */
static int call_back(const nn_run *run, size_t i, double loss)
{
    if (!run->callback || !run->every || (i + 1) % run->every)
        return 0;
    return run->callback(run->ctx, i + 1, loss);
}

long nn_minimize(const nn_problem *pb, const nn_solver *s, const nn_run *run, nn_history *hist,
                 int *status)
{
    const size_t extra = is_second_order(s) ? nn_second_order_work(pb) : 0;
    double *work = nn_alloc(4 * pb->dim + extra, 1);
    poller w = {1, 0, seconds(), seconds()};
    size_t i = 0;
    int rc = 0;
    *status = work ? NN_OK : NN_NOMEM;
    for (; *status == NN_OK && i < run->steps; i++) {
        if (grow(hist, i) < 0) {
            *status = NN_NOMEM;
            break;
        }
        rc = step(pb, s, i, run->tol, hist->loss, work, status);
        if (rc < 0)
            break;
        const int cb = call_back(run, i, hist->loss[i]);
        if (cb < 0 || poll_due(&w, run) < 0) {
            *status = NN_CALLBACK;
            i += rc == 0;
            break;
        }
        if (rc > 0 || cb > 0) {
            i++;
            break;
        }
    }
    if (*status == NN_OK || *status == NN_CALLBACK) {
        const int fresh = refresh(pb);
        *status = *status == NN_OK ? fresh : *status;
    }
    nn_free(work);
    return (long)i;
}
