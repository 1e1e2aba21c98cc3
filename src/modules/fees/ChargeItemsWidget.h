#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/ChargeItemsWidget.ui (class fd::ChargeItemsWidget).
class Ui_ChargeItemsWidget;

class ChargeService;
class RegistryService;
class Clock;

// The site's charge items and their rates (R-FE-1, R-FE-5), set up by the manager or the
// administrator: the items with the rates in force, the selected item's rates oldest first, a form
// for a new item (code, name, by floor area or fixed, monthly, quarterly or yearly, due day) and one
// for a new rate of the selected item (unit type or every type, price in yuan, first day). A rate is
// never edited: a new one starts on its day. Errors show next to their field and nothing is written.
class ChargeItemsWidget : public QWidget
{
    Q_OBJECT

public:
    ChargeItemsWidget(ChargeService& charges, RegistryService& registry, const Clock& clock, QWidget* parent = nullptr);
    ~ChargeItemsWidget() override;

    void setSession(const Session& session);
    [[nodiscard]] QStandardItemModel* items() const { return m_items; }
    [[nodiscard]] QStandardItemModel* rates() const { return m_rates; }
    [[nodiscard]] const FormErrors& itemErrors() const { return m_itemErrors; }
    [[nodiscard]] const FormErrors& rateErrors() const { return m_rateErrors; }
    [[nodiscard]] qint64 selectedItemId() const;
    void selectItem(qint64 itemId);
    // Fills the forms as a person would type them (tests, screenshots).
    void fillItem(const QString& code, const QString& name, ChargeBasis basis, ChargePeriod period, int dueDay,
                  bool listed = false, bool ahead = false);
    void fillRate(const QString& unitType, const QString& price, const QDate& from);

public slots:
    void refresh();
    bool addItem();
    bool addRate();
    // The units an item for listed units is billed to (ChargeListingsDialog), modal.
    void showListings();

private:
    void showRates();
    void updateControls();

    std::unique_ptr<Ui_ChargeItemsWidget> m_ui;
    ChargeService& m_charges;
    RegistryService& m_registry;
    const Clock& m_clock;
    std::optional<Session> m_session;
    QStandardItemModel* m_items;
    QStandardItemModel* m_rates;
    QList<ChargeItem> m_itemRows;
    FormErrors m_itemErrors;
    FormErrors m_rateErrors;
};

} // namespace fd
