#pragma once

#include <QWidget>

namespace fd {

// The toolbar's search box as the window sees it (issue 12): a module provides it
// (PageRegistry::setSearchBox) and sends what is chosen through the DeskContext; the window only
// places it, focuses it (Ctrl+F), tells it where its list may float and hides that list on locking.
class SearchBox : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The widget the result list floats in (the main window); it must contain this box.
    virtual void setPopupHost(QWidget* host) = 0;
    virtual void focusSearch() = 0;
    virtual void hidePopup() = 0;
};

} // namespace fd
