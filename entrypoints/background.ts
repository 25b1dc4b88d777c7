import '../lib/zod-jitless';
import { startBackground } from '../lib/extension/background';

export default defineBackground(() => startBackground());
