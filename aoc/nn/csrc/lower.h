/* lower.h: lowering a graph's nodes to the tuples the Program type loads (lower.c). */
#ifndef NN_LOWER_H
#define NN_LOWER_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "tensor.h"

/* Adds lower() to the module; 0 or -1. */
int nn_lower_init(PyObject *module);

#endif
