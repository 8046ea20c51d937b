/* newton.h: damped, line-searched second-order steps for problems with few parameters, the
 * curvature from J^T J (Gauss-Newton, residual problems) or the Hessian (Newton). */
#ifndef NN_NEWTON_H
#define NN_NEWTON_H
#include <stddef.h>
#include "problem.h"

/* Doubles of work space nn_second_order_step needs for pb. */
size_t nn_second_order_work(const nn_problem *pb);
/* One step from p with gradient g (loss f), with J^T J when gauss_newton else the Hessian, plus
 * at least damping on the diagonal; NN_OK, NN_NONFINITE or NN_SINGULAR. */
int nn_second_order_step(const nn_problem *pb, int gauss_newton, double damping, double *p,
                         const double *g, double f, double *work);

#endif
