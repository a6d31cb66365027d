#pragma once

#include <memory>
#include <vector>

#include "checks/check.hpp"

namespace crosscheck {

// Every rule, in a stable order (by id).
std::vector<std::unique_ptr<Check>> make_checks();

}  // namespace crosscheck
