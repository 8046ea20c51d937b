/* solvers.h: optimisation loops that run entirely in C over a compiled tape: SGD, Adam, RMSProp,
 * Gauss-Newton and Newton. The loss is the output, or half its squared norm for a residual vector. */
#ifndef NN_SOLVERS_H
#define NN_SOLVERS_H
#include <stddef.h>
#include "problem.h"

enum nn_solver_kind {
#define NN_SOLVER(name) NN_##name,
#include "solvers.def"
    NN_NSOLVERS
};

typedef struct {
    int kind;
    double lr, momentum, beta1, beta2, eps, alpha, damping;
} nn_solver;

/* Returns <0 to abort with the caller's error set, >0 to stop early, 0 to go on. */
typedef int (*nn_callback)(void *ctx, size_t step, double loss);

typedef struct {
    size_t steps, every;
    double tol;
    nn_callback callback;
    void *ctx;
} nn_run;

/* Fills hist with the loss before each step and returns the steps taken; when *status is not
 * NN_OK the return value is instead the step that failed. */
long nn_minimize(const nn_problem *pb, const nn_solver *s, const nn_run *run, double *hist,
                 int *status);

#endif
