/*
 * xl-preload.c: lets Xen 4.17's `xl -N create` (dry run) work on a machine with no hypervisor.
 *
 * A dry run only parses the config and prints the libxl domain configuration as JSON, but xl still
 * opens its libxenctrl and libxenstore handles and asks a few questions about the host first. This
 * library, loaded with LD_PRELOAD, answers those calls in place of the real libraries, describing a
 * fixed imaginary host: Xen 4.17, x86_64 with HVM, 64 online CPUs, 8 NUMA nodes.
 *
 * Built by the tests (dev.jxl.oracle.XlOracle) with `gcc -shared -fPIC`. Only the calls a dry run
 * makes are defined; everything else still resolves to the real (hypervisor-less) libraries.
 * Prototypes follow tools/include/xenctrl.h and xenstore.h of stable-4.17; the handle types are
 * opaque to xl, so plain pointers stand in for them.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The fake host. */
#define HOST_XEN_MAJOR 4
#define HOST_XEN_MINOR 17
#define HOST_CPUS 64
#define HOST_NUMA_NODES 8
#define HOST_CAPABILITIES "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_64"
#define HOST_PAGE_SIZE 4096

/* xen/include/public/version.h command numbers. */
enum {
    XENVER_version = 0,
    XENVER_extraversion = 1,        /* char[16] */
    XENVER_compile_info = 2,        /* struct of 144 bytes */
    XENVER_capabilities = 3,        /* char[1024] */
    XENVER_changeset = 4,           /* char[64] */
    XENVER_platform_parameters = 5, /* one unsigned long */
    XENVER_get_features = 6,        /* { uint32 index; uint32 features; } */
    XENVER_pagesize = 7,
    XENVER_commandline = 9,         /* char[1024] */
};

/* Any non-NULL pointer will do: xl never looks inside the handles, it only passes them back. */
static char fake_handle;

/* ---- libxenctrl ---- */

void *xc_interface_open(void *logger, void *dombuild_logger, unsigned open_flags)
{
    (void)logger;
    (void)dombuild_logger;
    (void)open_flags;
    return &fake_handle;
}

int xc_interface_close(void *xch)
{
    (void)xch;
    return 0;
}

int xc_version(void *xch, int cmd, void *arg)
{
    (void)xch;
    switch (cmd) {
    case XENVER_version:
        return (HOST_XEN_MAJOR << 16) | HOST_XEN_MINOR;
    case XENVER_extraversion:
        memset(arg, 0, 16);
        return 0;
    case XENVER_compile_info:
        memset(arg, 0, 144);
        return 0;
    case XENVER_capabilities:
        /* the buffer is 1024 bytes; the string is far shorter */
        strcpy(arg, HOST_CAPABILITIES);
        return 0;
    case XENVER_changeset:
        memset(arg, 0, 64);
        return 0;
    case XENVER_platform_parameters:
        memset(arg, 0, 8);
        return 0;
    case XENVER_get_features:
        /* leave the index the caller asked about; report no features */
        ((uint32_t *)arg)[1] = 0;
        return 0;
    case XENVER_pagesize:
        return HOST_PAGE_SIZE;
    case XENVER_commandline:
        memset(arg, 0, 1024);
        return 0;
    default:
        return -1;
    }
}

int xc_get_max_cpus(void *xch)
{
    (void)xch;
    return HOST_CPUS;
}

int xc_get_online_cpus(void *xch)
{
    (void)xch;
    return HOST_CPUS;
}

int xc_get_max_nodes(void *xch)
{
    (void)xch;
    return 1;
}

/*
 * xc_physinfo_t is struct xen_sysctl_physinfo. Only its head is written: xl 4.17 as Debian builds it
 * keeps a smaller copy on its stack than the public header suggests, and clearing 128 bytes was
 * seen to corrupt that stack. The first 96 bytes cover every field a dry run reads (the counts
 * below and the page totals, which stay 0).
 */
int xc_physinfo(void *xch, void *info)
{
    uint32_t *word = info;

    (void)xch;
    memset(info, 0, 96);
    word[0] = 1;                   /* threads_per_core */
    word[1] = HOST_CPUS;           /* cores_per_socket */
    word[2] = HOST_CPUS;           /* nr_cpus (online) */
    word[3] = HOST_CPUS - 1;       /* max_cpu_id */
    word[4] = HOST_NUMA_NODES;     /* nr_nodes: vnuma pnode= is checked against this */
    return 0;
}

long xc_memory_op(void *xch, unsigned int cmd, void *arg, size_t len)
{
    (void)xch;
    (void)cmd;
    (void)arg;
    (void)len;
    return 0;
}

long xc_sharing_freed_pages(void *xch)
{
    (void)xch;
    return 0;
}

long xc_sharing_used_frames(void *xch)
{
    (void)xch;
    return 0;
}

/* ---- libxenstore ---- */

void *xs_open(unsigned long flags)
{
    (void)flags;
    return &fake_handle;
}

void xs_close(void *xsh)
{
    (void)xsh;
}

void xs_daemon_close(void *xsh)
{
    (void)xsh;
}
