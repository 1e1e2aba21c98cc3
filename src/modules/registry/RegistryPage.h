#pragma once

#include "engine/ChangeFeed.h"
#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fd {

class Clock;
class RegistryService;
class UnitDetailWidget;
class UnitSearchModel;

// 住户登记: find a unit by code (3-1-502 or 31502), a resident's name or a phone's last 4 digits,
// see who lives there, edit the unit's notes; administrators import the unit list from CSV.
class RegistryPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    RegistryPage(RegistryService& registry, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows one unit (from the global search): its code in the search field, its row selected.
    void openUnit(qint64 unitId);
    void focusSearch();
    // A unit or resident changed at this or another desk (PageEntry::follows): the units found read
    // again, the unit shown read again unless notes are being typed for it (their save then meets the
    // other desk's change, refused as stale with "Reload and apply again").
    void followChanges(const QList<Change>& changes);

    [[nodiscard]] UnitSearchModel* searchModel() const { return m_model; }
    [[nodiscard]] UnitDetailWidget* detail() const { return m_detail; }

public slots:
    void openImportDialog();

private:
    void runSearch();
    void updateCount();
    void showSelected();
    bool keepOrDropNotes();

    RegistryService& m_registry;
    std::optional<Session> m_session;
    UnitSearchModel* m_model;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_import;
    QTableView* m_table;
    UnitDetailWidget* m_detail;
    QTimer* m_debounce;
    QString m_countedQuery;
    int m_countedTotal = -1;
};

} // namespace fd
