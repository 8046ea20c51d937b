/* hvp.h: exact Hessian-vector products of a problem's loss, by running its tape forward-over-
 * reverse on dual numbers (no finite differences). No Python here. */
#ifndef NN_HVP_H
#define NN_HVP_H
#include <stddef.h>
#include "problem.h"

/* Doubles of work space nn_hvp needs for pb. */
size_t nn_hvp_work(const nn_problem *pb);
/* out = H v at the parameters' current values, v and out dim doubles in nn_gather's order. */
void nn_hvp(const nn_problem *pb, const double *v, double *out, double *work);

#endif
