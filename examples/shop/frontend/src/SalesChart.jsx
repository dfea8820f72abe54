import { useEffect, useRef } from 'react';
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const WEEKLY_SALES = [
  { week: 'W18', orders: 112 },
  { week: 'W19', orders: 134 },
  { week: 'W20', orders: 98 },
  { week: 'W21', orders: 151 },
  { week: 'W22', orders: 163 },
];

export default function SalesChart() {
  const canvasRef = useRef(null);

  useEffect(() => {
    const chart = new Chart(canvasRef.current, {
      type: 'bar',
      data: {
        labels: WEEKLY_SALES.map((row) => row.week),
        datasets: [{ label: 'Orders', data: WEEKLY_SALES.map((row) => row.orders) }],
      },
      options: { responsive: true, plugins: { tooltip: { enabled: true } } },
    });
    return () => chart.destroy();
  }, []);

  return (
    <section className="sales">
      <h2>Orders per week</h2>
      <canvas ref={canvasRef} aria-label="Orders per week" role="img" />
    </section>
  );
}
