#pragma once

#include "gui/PageCatalog.h"

#include <QWidget>

namespace fd {

// The page of a module that does not exist yet. It says so plainly: no sample rows, no made-up
// numbers, nothing a clerk could mistake for real records.
class UnavailablePage : public QWidget
{
    Q_OBJECT

public:
    explicit UnavailablePage(const PageInfo& page, QWidget* parent = nullptr);
};

} // namespace fd
