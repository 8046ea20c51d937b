/* solvers.h: optimisation loops that run entirely in C over a compiled tape: SGD, Adam, RMSProp,
 * Gauss-Newton and Newton. The loss is the output, or half its squared norm for a residual vector. */
#ifndef NN_SOLVERS_H
#define NN_SOLVERS_H
#include <stddef.h>
#include "tape.h"

enum nn_solver_kind { NN_SGD, NN_ADAM, NN_RMSPROP, NN_GAUSS_NEWTON, NN_NEWTON };
enum nn_status { NN_OK, NN_NONFINITE, NN_CALLBACK, NN_NOMEM, NN_SINGULAR };

typedef struct {
    int kind;
    double lr, momentum, beta1, beta2, eps, alpha, damping;
} nn_solver;

/* Returns <0 to abort with the caller's error set, >0 to stop early, 0 to go on. */
typedef int (*nn_callback)(void *ctx, size_t step, double loss);

typedef struct {
    const nn_tape *tape;
    const int *param; /* slot indices of the parameters, each with a grad */
    size_t nparam, dim;
    int residual; /* the output is a residual r and the loss |r|^2 / 2; else the output is the loss */
} nn_problem;

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

/* Shared with newton.c. */
double nn_loss(const nn_problem *pb);
void nn_gradient(const nn_problem *pb);
void nn_gather(const nn_problem *pb, double *dst, int grads);
void nn_scatter(const nn_problem *pb, const double *src);
/* One Gauss-Newton or Newton step from p with gradient g (loss f); NN_OK or an nn_status. */
int nn_second_order_step(const nn_problem *pb, const nn_solver *s, double *p, const double *g,
                         double f, double *work);
size_t nn_second_order_work(const nn_problem *pb);

#endif
