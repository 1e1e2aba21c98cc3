#pragma once

#include "core/Result.h"
#include "engine/Role.h"
#include "engine/Session.h"
#include "modules/renovations/Renovation.h"
#include "widgets/FormErrors.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QTableWidget;

namespace fd {

class RenovationService;

// What the four tabs of a renovation (RenovationDetailWidget) share: the renovation shown, the session,
// the form's errors, and the rule for a control: enabled only when the stage allows it and the role may,
// else disabled with the reason as its tooltip (the service refuses either way).
class RenovationTab : public QWidget
{
    Q_OBJECT

public:
    explicit RenovationTab(RenovationService& renovations, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows this renovation (read again by the detail after every change).
    void showRenovation(const Renovation& renovation);
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

signals:
    // The renovation changed here: the detail reads it again and the list shows it.
    void changed(qint64 renovationId);

protected:
    // Fills the tab from m_renovation (never null when called).
    virtual void fill() = 0;
    // An action's answer: false with the error next to its field, or true (the renovation changed).
    template <class T> bool done(const Result<T>& result)
    {
        if (!result) {
            m_errors.show(result.error());
            return false;
        }
        m_errors.clear();
        emit changed(m_renovation->id);
        return true;
    }
    [[nodiscard]] bool ready() const { return m_session && m_renovation; }
    // The id of the application round this tab shows (0: none), for decisions made on what was read.
    [[nodiscard]] qint64 shownRound() const
    {
        return m_renovation && m_renovation->lastRound() ? m_renovation->lastRound()->id : 0;
    }
    // Enabled when `stageAllows` and the role may; else disabled saying why.
    void allow(QWidget* control, Permission permission, bool stageAllows, const QString& stageReason) const;
    // "Not at this stage (work in progress)."
    [[nodiscard]] QString notNow() const;
    static void setRows(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows);
    // The id a row of the table was given (Qt::UserRole of its first cell), 0 for none selected.
    [[nodiscard]] static qint64 selectedId(const QTableWidget* table);
    static void setRowIds(QTableWidget* table, const QList<qint64>& ids);

    RenovationService& m_renovations;
    bool m_fresh = false; // fill() shows another renovation than before: its inputs start anew
    std::optional<Session> m_session;
    std::optional<Renovation> m_renovation;
    FormErrors m_errors;
};

} // namespace fd
