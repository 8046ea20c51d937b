/* problem.h: what every solver minimizes: a compiled tape, its parameters and how its output is
 * a loss; the loss, its gradient, and the parameters gathered into or scattered from one vector. */
#ifndef NN_PROBLEM_H
#define NN_PROBLEM_H
#include <stddef.h>
#include "tape.h"

/* How a run over a problem ends. */
enum nn_status { NN_OK, NN_NONFINITE, NN_CALLBACK, NN_NOMEM, NN_SINGULAR };

typedef struct {
    const nn_tape *tape;
    const int *param; /* slot indices of the parameters, each with a grad */
    size_t nparam, dim;
    int residual; /* the output is a residual r, the loss |r|^2 / 2; else it is the loss */
} nn_problem;

/* The loss of the last forward pass. */
double nn_loss(const nn_problem *pb);
/* Zeroes the gradients, seeds the output with d(loss)/d(output) and walks the tape back. */
void nn_gradient(const nn_problem *pb);
/* Copies every parameter's gradient (grads) or value into dst, dim doubles end to end. */
void nn_gather(const nn_problem *pb, double *dst, int grads);
/* Copies dim doubles from src into the parameters' values, in nn_gather's order. */
void nn_scatter(const nn_problem *pb, const double *src);

#endif
