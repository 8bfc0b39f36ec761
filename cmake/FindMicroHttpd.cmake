# Finds GNU libmicrohttpd (Debian: libmicrohttpd-dev), the sandbox's HTTP server, which ships a
# pkg-config file but no CMake package.
#
# Result: the imported target MicroHttpd::MicroHttpd and MicroHttpd_FOUND.

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_MicroHttpd QUIET libmicrohttpd)
endif()
find_path(MicroHttpd_INCLUDE_DIR NAMES microhttpd.h HINTS ${PC_MicroHttpd_INCLUDE_DIRS})
find_library(MicroHttpd_LIBRARY NAMES microhttpd HINTS ${PC_MicroHttpd_LIBRARY_DIRS})
set(MicroHttpd_VERSION "${PC_MicroHttpd_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(MicroHttpd
    REQUIRED_VARS MicroHttpd_LIBRARY MicroHttpd_INCLUDE_DIR
    VERSION_VAR MicroHttpd_VERSION)

if(MicroHttpd_FOUND AND NOT TARGET MicroHttpd::MicroHttpd)
    # GLOBAL: found in src/sandbox, and linked (through the static library) all over the tree.
    add_library(MicroHttpd::MicroHttpd UNKNOWN IMPORTED GLOBAL)
    set_target_properties(MicroHttpd::MicroHttpd PROPERTIES
        IMPORTED_LOCATION "${MicroHttpd_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${MicroHttpd_INCLUDE_DIR}")
endif()

mark_as_advanced(MicroHttpd_INCLUDE_DIR MicroHttpd_LIBRARY)
