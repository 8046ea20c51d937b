/* module.c: the aoc.nn._core module: its init (numpy, types, the OPS and SOLVERS tables, the kernel
 * table from the CPU or AOC_NN_ISA), the ISA switch; ops live in eager.c, programs in program.c,
 * lowering a graph to a program in lower.c. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "cpu.h"
#include "eager.h"
#include "lower.h"
#include "parallel.h"
#include "program.h"
#include "solvers.h"
#include "tensor.h"

static PyObject *isa(PyObject *m, PyObject *unused)
{
    (void)m, (void)unused;
    return PyUnicode_FromString(nn_kernels_active->name);
}

/* Switches every later op and program to the named kernel table. */
static int choose(const char *name)
{
    static const char *const known[] = {"scalar", "avx2", "avx512"};
    const nn_kernels *k = nn_kernels_named(name);
    if (k) {
        nn_kernels_active = k;
        return 0;
    }
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (!strcmp(name, known[i])) {
            PyErr_Format(nn_NNError, "this CPU cannot run the '%s' kernels; nn.isas() lists "
                                     "the ones it can", name);
            return -1;
        }
    PyErr_Format(nn_NNError, "unknown instruction set '%s'; choose scalar, avx2 or avx512",
                 name);
    return -1;
}

static PyObject *set_isa(PyObject *m, PyObject *arg)
{
    (void)m;
    const char *name = PyUnicode_AsUTF8(arg);
    if (!name || choose(name) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *isas(PyObject *m, PyObject *unused)
{
    (void)m, (void)unused;
    const int bits = nn_cpu_features();
    if (bits & NN_CPU_AVX512)
        return Py_BuildValue("(sss)", "scalar", "avx2", "avx512");
    if (bits & NN_CPU_AVX2)
        return Py_BuildValue("(ss)", "scalar", "avx2");
    return Py_BuildValue("(s)", "scalar");
}

static PyObject *threads(PyObject *m, PyObject *unused)
{
    (void)m, (void)unused;
    return PyLong_FromLong(nn_threads());
}

static PyObject *set_threads(PyObject *m, PyObject *arg)
{
    (void)m;
    const long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    if (n < 1 || n > NN_MAX_THREADS)
        return PyErr_Format(nn_NNError, "threads must be 1 to %d, not %ld", NN_MAX_THREADS, n);
    nn_set_threads((int)n);
    Py_RETURN_NONE;
}

/* Appends the row Py_BuildValue(fmt, ...) to *rows; on any failure *rows becomes NULL. */
static void append_row(PyObject **rows, const char *fmt, ...)
{
    if (!*rows)
        return;
    va_list va;
    va_start(va, fmt);
    PyObject *row = Py_VaBuildValue(fmt, va);
    va_end(va);
    if (!row || PyList_Append(*rows, row) < 0)
        Py_CLEAR(*rows);
    Py_XDECREF(row);
}

/* OPS: (name, opcode, kind) for every row of ops.def. */
static PyObject *op_table(void)
{
    PyObject *ops = PyList_New(0);
    int code = 0;
#define ADD_OP(name, kind) append_row(&ops, "sis", #name, code++, kind);
#define NN_UNARY(name, f, g) ADD_OP(name, "unary")
#define NN_BINARY(name, f, ga, gb) ADD_OP(name, "binary")
#define NN_REDUCE(name) ADD_OP(name, "reduce")
#define NN_MATMUL(name) ADD_OP(name, "matmul")
#include "ops.def"
#undef ADD_OP
    return ops;
}

/* SOLVERS: (name, enum nn_solver_kind) for every row of solvers.def. */
static PyObject *solver_table(void)
{
    PyObject *kinds = PyList_New(0);
#define NN_SOLVER(name) append_row(&kinds, "si", #name, (int)NN_##name);
#include "solvers.def"
    return kinds;
}

/* Adds a new table (NULL when building it failed) to the module as name; 0 or -1. */
static int add_table(PyObject *module, const char *name, PyObject *table)
{
    const int added = table ? PyModule_AddObjectRef(module, name, table) : -1;
    Py_XDECREF(table);
    return added;
}

static int exec_module(PyObject *module)
{
    if (nn_tensor_init(module) < 0 || nn_program_init(module) < 0)
        return -1;
    if (PyModule_AddFunctions(module, nn_eager_methods) < 0)
        return -1;
    if (add_table(module, "OPS", op_table()) < 0 ||
        add_table(module, "SOLVERS", solver_table()) < 0 || nn_lower_init(module) < 0)
        return -1;
    const char *forced = getenv("AOC_NN_ISA");
    nn_kernels_active = nn_kernels_best();
    return forced && *forced ? choose(forced) : 0;
}

static PyMethodDef methods[] = {
    {"isa", isa, METH_NOARGS, "The active kernel path: 'scalar', 'avx2' or 'avx512'."},
    {"set_isa", set_isa, METH_O, "Switch every later op to the named kernel path."},
    {"isas", isas, METH_NOARGS, "The kernel paths this CPU can run."},
    {"threads", threads, METH_NOARGS, "How many threads split a large elementwise pass."},
    {"set_threads", set_threads, METH_O, "Split large elementwise passes over n threads "
                                         "(default: the online CPUs, at most 8)."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {{Py_mod_exec, exec_module}, {0, NULL}};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, .m_name = "aoc.nn._core",
    .m_doc = "The C core of aoc.nn: aligned tensors, SIMD kernels, the tape and solvers.",
    .m_size = 0, .m_methods = methods, .m_slots = slots,
};

PyMODINIT_FUNC PyInit__core(void)
{
    return PyModuleDef_Init(&module_def);
}
