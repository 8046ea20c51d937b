/* eager.h: the eager ops' method table, for module.c. */
#ifndef NN_EAGER_H
#define NN_EAGER_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>

extern PyMethodDef nn_eager_methods[];

#endif
