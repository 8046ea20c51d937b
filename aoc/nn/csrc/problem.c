/* problem.c: the loss of a problem and its gradient by one reverse pass, and the parameters as
 * one flat vector; shared by the first-order loop in solvers.c and the steps in newton.c. */
#include <string.h>
#include "problem.h"

double nn_loss(const nn_problem *pb)
{
    const nn_slot *y = &pb->tape->slot[pb->tape->out];
    const size_t n = nn_slot_size(y);
    if (!pb->residual)
        return y->val[0];
    double s = 0.0;
    for (size_t i = 0; i < n; i++)
        s += y->val[i] * y->val[i];
    return 0.5 * s;
}

/* The seed is 1 for a scalar loss and r itself for a residual r (the gradient of |r|^2 / 2). */
void nn_gradient(const nn_problem *pb)
{
    const nn_slot *y = &pb->tape->slot[pb->tape->out];
    const size_t n = nn_slot_size(y);
    nn_tape_zero_grad(pb->tape);
    if (!pb->residual)
        y->grad[0] = 1.0;
    else
        memcpy(y->grad, y->val, n * sizeof(double));
    nn_tape_backward(pb->tape);
}

void nn_gather(const nn_problem *pb, double *dst, int grads)
{
    for (size_t i = 0; i < pb->nparam; i++) {
        const nn_slot *s = &pb->tape->slot[pb->param[i]];
        const size_t n = nn_slot_size(s);
        memcpy(dst, grads ? s->grad : s->val, n * sizeof(double));
        dst += n;
    }
}

void nn_scatter(const nn_problem *pb, const double *src)
{
    for (size_t i = 0; i < pb->nparam; i++) {
        const nn_slot *s = &pb->tape->slot[pb->param[i]];
        const size_t n = nn_slot_size(s);
        memcpy(s->val, src, n * sizeof(double));
        src += n;
    }
}
