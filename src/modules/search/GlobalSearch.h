#pragma once

#include "desk/SearchBox.h"
#include "engine/Session.h"

#include <QPointer>

class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

namespace fd {

class GlobalSearchModel;
class RegistryService;
class SearchService;

// The toolbar's search box (Ctrl+F): units, tickets and people (GlobalSearchModel). Searches as the
// clerk types, after a short pause, and lists matches in a panel floating under the box; the typing
// focus never leaves the box, so Down/Up pick a match, Enter opens it (a unit or a person's unit in the
// Registry page, a ticket in its own window) and Esc closes the list.
class GlobalSearch : public SearchBox
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;
    static constexpr int VisibleRows = 10;

    GlobalSearch(RegistryService& registry, SearchService& search, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void setPopupHost(QWidget* host) override;
    void focusSearch() override;
    void hidePopup() override;

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] GlobalSearchModel* model() const { return m_model; }
    [[nodiscard]] QFrame* popup() const { return m_popup; }

signals:
    void unitChosen(qint64 unitId);
    void ticketChosen(qint64 ticketId);
    // A log record (visitor, stored item, parcel, tool loan): open it on its page.
    void recordChosen(const QString& source, qint64 refId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void showPopup();
    void placePopup();
    void moveCurrent(int delta);
    void choose(const QModelIndex& index);

    QLineEdit* m_edit;
    GlobalSearchModel* m_model;
    QTimer* m_debounce;
    QPointer<QWidget> m_host;
    QFrame* m_popup = nullptr;
    QTreeView* m_results = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fd
