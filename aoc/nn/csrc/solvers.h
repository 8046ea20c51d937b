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

/* Returns <0 to abort with the caller's error set (a signal arrived), 0 to go on. */
typedef int (*nn_poll)(void *ctx);

typedef struct {
    size_t steps, every;
    double tol;
    nn_callback callback;
    nn_poll poll; /* called every few milliseconds of the loop */
    void *ctx;
} nn_run;

/* The loss before each step, grown as it fills (a run may stop long before its steps). */
typedef struct {
    double *loss; /* malloc'd; the caller frees it */
    size_t cap;
} nn_history;

/* Fills hist and returns the steps taken; when *status is not NN_OK the return value is instead
 * the step that failed (NN_CALLBACK: the callback or poll raised; the parameters are those of
 * the last step finished). */
long nn_minimize(const nn_problem *pb, const nn_solver *s, const nn_run *run, nn_history *hist,
                 int *status);

#endif
