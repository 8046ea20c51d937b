/* newton.c: Gauss-Newton and Newton steps for few parameters: the Jacobian by one reverse pass
 * per residual, the exact Hessian by one Hessian-vector product per parameter, a damped
 * Cholesky solve. */
#include <math.h>
#include <string.h>
#include "hvp.h"
#include "newton.h"

size_t nn_second_order_work(const nn_problem *pb)
{
    const size_t m = nn_slot_size(&pb->tape->slot[pb->tape->out]), d = pb->dim;
    return m * d + 2 * d * d + 4 * d + nn_hvp_work(pb);
}

/* J^T J from one reverse pass per residual, each seeded with a unit vector. */
static void gauss_newton_matrix(const nn_problem *pb, double *J, double *A)
{
    const nn_tape *t = pb->tape;
    const nn_slot *y = &t->slot[t->out];
    const size_t m = nn_slot_size(y), d = pb->dim;
    for (size_t i = 0; i < m; i++) {
        nn_tape_zero_grad(t);
        y->grad[i] = 1.0;
        nn_tape_backward(t);
        nn_gather(pb, J + i * d, 1);
    }
    for (size_t r = 0; r < d; r++)
        for (size_t c = 0; c < d; c++) {
            double s = 0.0;
            for (size_t i = 0; i < m; i++)
                s += J[i * d + r] * J[i * d + c];
            A[r * d + c] = s;
        }
}

/* The Hessian column by column, H e_j, then symmetrised (exact up to rounding). */
static void newton_matrix(const nn_problem *pb, double *A, double *e, double *col, double *work)
{
    const size_t d = pb->dim;
    memset(e, 0, d * sizeof(double));
    for (size_t j = 0; j < d; j++) {
        e[j] = 1.0;
        nn_hvp(pb, e, col, work);
        e[j] = 0.0;
        for (size_t i = 0; i < d; i++)
            A[i * d + j] = col[i];
    }
    for (size_t i = 0; i < d; i++)
        for (size_t j = 0; j < i; j++)
            A[i * d + j] = A[j * d + i] = 0.5 * (A[i * d + j] + A[j * d + i]);
}

/* Cholesky of A + lambda I into L; 0 on success, -1 when not positive definite. */
static int cholesky(const double *A, double lambda, double *L, size_t d)
{
    for (size_t i = 0; i < d; i++)
        for (size_t j = 0; j <= i; j++) {
            double s = A[i * d + j] + (i == j ? lambda : 0.0);
            for (size_t k = 0; k < j; k++)
                s -= L[i * d + k] * L[j * d + k];
            if (i == j && !(s > 0.0))
                return -1;
            L[i * d + j] = i == j ? sqrt(s) : s / L[j * d + j];
        }
    return 0;
}

static void cholesky_solve(const double *L, const double *b, double *x, size_t d)
{
    for (size_t i = 0; i < d; i++) {
        double s = b[i];
        for (size_t k = 0; k < i; k++)
            s -= L[i * d + k] * x[k];
        x[i] = s / L[i * d + i];
    }
    for (size_t i = d; i-- > 0;) {
        double s = x[i];
        for (size_t k = i + 1; k < d; k++)
            s -= L[k * d + i] * x[k];
        x[i] = s / L[i * d + i];
    }
}

/* Raises the damping tenfold until A + lambda I is positive definite (Levenberg's remedy). */
static int damped_solve(const double *A, const double *b, double damping, double *L, double *x,
                        size_t d)
{
    double top = 0.0;
    for (size_t i = 0; i < d; i++)
        top = fabs(A[i * d + i]) > top ? fabs(A[i * d + i]) : top;
    double lambda = damping;
    for (int tries = 0; tries < 40; tries++) {
        if (cholesky(A, lambda, L, d) == 0) {
            cholesky_solve(L, b, x, d);
            return NN_OK;
        }
        lambda = lambda > 0.0 ? lambda * 10.0 : 1e-12 * (top > 0.0 ? top : 1.0);
    }
    return NN_SINGULAR;
}

/* Halves the step until the loss falls; a step that never helps leaves p where it was. */
static void line_search(const nn_problem *pb, double *p, const double *delta, double f,
                        double *trial)
{
    const size_t d = pb->dim;
    for (double alpha = 1.0; alpha > 1e-10; alpha *= 0.5) {
        for (size_t i = 0; i < d; i++)
            trial[i] = p[i] - alpha * delta[i];
        nn_scatter(pb, trial);
        nn_tape_forward(pb->tape);
        const double ft = nn_loss(pb);
        if (isfinite(ft) && ft < f) {
            memcpy(p, trial, d * sizeof(double));
            return;
        }
    }
}

int nn_second_order_step(const nn_problem *pb, int gauss_newton, double damping, double *p,
                         const double *g, double f, double *work)
{
    const size_t m = nn_slot_size(&pb->tape->slot[pb->tape->out]), d = pb->dim;
    double *J = work, *A = J + m * d, *L = A + d * d, *delta = L + d * d;
    double *ga = delta + d, *gb = ga + d, *trial = gb + d;
    if (gauss_newton)
        gauss_newton_matrix(pb, J, A);
    else
        newton_matrix(pb, A, ga, gb, trial + d);
    for (size_t i = 0; i < d * d; i++)
        if (!isfinite(A[i]))
            return NN_NONFINITE; /* a NaN or inf curvature is no step, however damped */
    const int rc = damped_solve(A, g, damping, L, delta, d);
    if (rc == NN_OK)
        line_search(pb, p, delta, f, trial);
    return rc;
}
