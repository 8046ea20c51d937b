/* solvers.c: the minimize loop and the first-order updates (SGD with momentum, Adam, RMSProp);
 * all state is allocated once per call, nothing inside the loop. */
#include <math.h>
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

/* One step: evaluate, record, maybe stop at tol, update; 1 to stop, 0 to go on, <0 error. */
static int step(const nn_problem *pb, const nn_solver *s, const nn_run *run, size_t i,
                double *hist, double *work, int *status)
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
    if (run->tol > 0 && top <= run->tol)
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

long nn_minimize(const nn_problem *pb, const nn_solver *s, const nn_run *run, double *hist,
                 int *status)
{
    long done = -1;
    const size_t extra = is_second_order(s) ? nn_second_order_work(pb) : 0;
    double *work = nn_alloc(4 * pb->dim + extra, 1);
    size_t i = 0;
    *status = NN_OK;
    if (!work) {
        *status = NN_NOMEM;
        goto cleanup;
    }
    for (; i < run->steps; i++) {
        const int rc = step(pb, s, run, i, hist, work, status);
        const int due = rc >= 0 && run->callback && run->every && (i + 1) % run->every == 0;
        const int cb = due ? run->callback(run->ctx, i + 1, hist[i]) : 0;
        if (rc < 0 || cb < 0) {
            *status = rc < 0 ? *status : NN_CALLBACK;
            done = (long)i;
            goto cleanup;
        }
        if (rc > 0 || cb > 0) {
            i++;
            break;
        }
    }
    done = (long)i;
    *status = refresh(pb);
cleanup:
    nn_free(work);
    return done;
}
