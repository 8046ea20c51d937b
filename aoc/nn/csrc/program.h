/* program.h: registers the Program type (a compiled tape as a Python object) on the module. */
#ifndef NN_PROGRAM_H
#define NN_PROGRAM_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>

int nn_program_init(PyObject *module);

#endif
